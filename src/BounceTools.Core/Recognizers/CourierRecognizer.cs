using System;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Courier: "This is a delivery status notification from ..., running the Courier mail server",
/// "&lt;address&gt;:" entries holding the remote host and the "&gt;&gt;&gt; command / &lt;&lt;&lt; reply" exchange,
/// or Courier's own words ("No such domain."). Admins may reword that opening sentence; the sender
/// ("Courier mail server at host") and the Message-ID ("&lt;courier.HEX.HEX@host&gt;") still tell it.
/// </summary>
internal sealed class CourierRecognizer : IFormatRecognizer
{
    // "Your message to the following recipients cannot be delivered:",
    // "The delivery of your message to the following recipients has been delayed."
    private const string ListMarker = "to the following recipients";

    // "    mx.example.org [192.0.2.1]:" heads the exchange with the remote host.
    private static readonly Regex HostLine = new CoreRegex(
        @"^(?<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252}\.[A-Za-z]{2,63})\s+\[[\d.:a-fA-F]{2,64}\]:",
        RegexOptions.CultureInvariant);

    public string Format => "Courier";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!IsCourier(message))
            return false;

        var lines = BodyLines.OfNotice(message);
        var at = lines.IndexOf(ListMarker);
        if (at < 0)
            return false;
        var entries = AddressEntries.Read(lines, at + 1, AddressEntries.StopAt("-----"), blankEndsEntry: false);
        var action = IsDelayNotice(lines, at) ? "delayed" : "failed";
        if (!NoticeReader.Read(message, draft, entries, action, lines))
            return false;
        foreach (var entry in entries)
            if (EntryMerge.Find(draft, entry.Address) is { RemoteMta.Length: 0 } recipient && entry.Lines.Count > 0)
                recipient.RemoteMta = RemoteHost(entry.Lines[0]);
        return true;
    }

    // Courier gives any message without one a "<courier.HEX.HEX@host>" Message-ID, ordinary mail
    // too: with the sender alone it needs the notice's heading as well.
    private static bool IsCourier(BounceMessage message)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf("running the Courier mail server", StringComparison.OrdinalIgnoreCase) >= 0)
            return true;
        var sender = message.RawFrom.IndexOf("Courier mail server at ", StringComparison.Ordinal) >= 0 ||
                     (message.Header("Message-ID") ?? string.Empty).TrimStart().StartsWith("<courier.", StringComparison.Ordinal);
        return sender && (text.IndexOf("UNDELIVERABLE MAIL", StringComparison.Ordinal) >= 0 ||
                          text.IndexOf("DELAYS IN DELIVERING YOUR MESSAGE", StringComparison.Ordinal) >= 0);
    }

    // The delay notice heads its list "DELAYS IN DELIVERING YOUR MESSAGE" and says the recipients have "not been delivered yet".
    private static bool IsDelayNotice(BodyLines lines, int listAt)
    {
        var intro = lines[listAt];
        return intro.IndexOf("delayed", StringComparison.OrdinalIgnoreCase) >= 0 || intro.IndexOf("not yet", StringComparison.OrdinalIgnoreCase) >= 0 ||
               intro.IndexOf("delivered yet", StringComparison.OrdinalIgnoreCase) >= 0 || lines.IndexOf("DELAYS IN DELIVERING YOUR MESSAGE") >= 0;
    }

    private static string RemoteHost(string line)
    {
        try
        {
            var match = HostLine.Tiered().Match(line);
            return match.Success ? match.Groups["host"].Value.ToLowerInvariant() : string.Empty;
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }
}
