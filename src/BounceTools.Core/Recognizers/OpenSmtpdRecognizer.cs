using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." then one
/// "user@example.org: reason" line per recipient, for errors and for delay reports.
/// </summary>
internal sealed class OpenSmtpdRecognizer : IFormatRecognizer
{
    private static readonly Func<string, bool> EndOfList = AddressEntries.StopAt("Below is a copy of the original message", "Please note that this is only a temporary failure report");

    public string Format => "OpenSMTPD";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!message.Subject.StartsWith("Delivery status notification", StringComparison.OrdinalIgnoreCase))
            return false;
        var text = NoticeText.Of(message);
        if (text.IndexOf("This is the MAILER-DAEMON, please DO NOT REPLY", StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        var delayed = lines.IndexOf("A message is delayed") >= 0;
        var entries = AddressEntries.ReadAfter(lines, "list of recipients", EndOfList);
        return NoticeReader.Read(message, draft, entries, delayed ? "delayed" : "failed", lines);
    }
}
