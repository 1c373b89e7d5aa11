using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// DragonFly Mail Agent (dma): "There was an error delivering your mail to &lt;address&gt;." then the
/// remote host's answer, and "Message headers follow." / "Original message follows." before the original.
/// </summary>
internal sealed class DragonFlyRecognizer : IFormatRecognizer
{
    private const string Intro = "There was an error delivering your mail to";
    private static readonly string[] OriginalMarkers = { "Message headers follow.", "Original message follows." };

    public string Format => "DragonFly";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(Intro, StringComparison.OrdinalIgnoreCase) < 0 ||
            (text.IndexOf("DragonFly Mail Agent", StringComparison.OrdinalIgnoreCase) < 0 &&
             (message.Header("Received") ?? string.Empty).IndexOf("DragonFly Mail Agent", StringComparison.OrdinalIgnoreCase) < 0))
            return false;

        var lines = BodyLines.OfNotice(message);
        var at = lines.IndexOf(Intro);
        var address = AddressText.Find(lines[at]);
        if (address.Length == 0)
            return false;

        var end = lines.IndexOfAny(OriginalMarkers, at + 1);
        var diagnostic = lines.Join(at + 1, end).Trim();
        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        recipient.DiagnosticCode = RemoteAnswer(diagnostic);
        recipient.SmtpCommand = SmtpText.FindCommand(diagnostic);
        recipient.RemoteMta = HostBeforeComplaint(diagnostic);
        if (end >= 0)
            draft.Original = OriginalMessage.FromText(lines.Join(end + 1));
        return true;
    }

    // After "... did not like our RCPT TO:" come the server's reply lines, which are the diagnostic.
    private static string RemoteAnswer(string text)
    {
        var lines = new System.Collections.Generic.List<string>(TextLines.Split(text));
        var complaint = lines.FindIndex(line => line.IndexOf(" did not like our", StringComparison.OrdinalIgnoreCase) >= 0);
        if (complaint >= 0 && complaint + 1 < lines.Count)
            lines.RemoveRange(0, complaint + 1);
        return string.Join(" ", lines).Trim();
    }

    // "mx.example.org [192.0.2.1] did not like our RCPT TO:" names the host first.
    private static string HostBeforeComplaint(string diagnostic)
    {
        var cut = diagnostic.IndexOf(" did not like our", StringComparison.OrdinalIgnoreCase);
        if (cut <= 0)
            return string.Empty;
        var head = diagnostic.Substring(0, cut).Trim();
        var space = head.IndexOf(' ');
        return (space < 0 ? head : head.Substring(0, space)).ToLowerInvariant();
    }
}
