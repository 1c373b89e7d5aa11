using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Verizon Wireless MMS/SMS gateways (vtext.com, vzwpix.com): "Message could not be delivered to mobile."
/// with an "Error:" line, then "Original Message:" whose To: line is the recipient. The SMS
/// gateway (post_master@vtext.com) instead follows its "Error:" line with the remote reply
/// ("550 - Requested action not taken: no such user here") and the envelope, one
/// "  RCPT TO: number@vtext.com" line per recipient, or returns the message attached.
/// </summary>
internal sealed class VerizonRecognizer : IFormatRecognizer
{
    private const string OriginalMarker = "Original Message:";

    public string Format => "Verizon";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var from = message.FromAddress;
        if (!from.EndsWith("vzwpix.com", StringComparison.OrdinalIgnoreCase) && !from.EndsWith("vtext.com", StringComparison.OrdinalIgnoreCase))
            return false;
        var lines = BodyLines.OfNotice(message);
        var originalAt = lines.IndexOf(OriginalMarker);
        var errorAt = lines.IndexOf("Error:");
        if (errorAt < 0 || (originalAt >= 0 && errorAt > originalAt))
            return false;
        if (originalAt >= 0)
            return AddAddressee(draft, OriginalMessage.FromText(lines.Join(originalAt + 1)), lines[errorAt].Trim());
        // Phones mail from number@vtext.com too: only the gateway's own sender sends this layout.
        return NoticeSender.IsDaemonMailbox(message) &&
            (ReadEnvelope(lines, errorAt, message, draft) || AddAddressee(draft, OriginalMessage.FromReport(message), lines[errorAt].Trim()));
    }

    // Without an envelope, the returned message's To is the phone the gateway could not reach.
    private static bool AddAddressee(BounceDraft draft, OriginalMessage original, string diagnostic)
    {
        draft.Original = original;
        if (original.To.Length == 0)
            return false;
        var recipient = draft.AddRecipient(original.To);
        recipient.Action = "failed";
        recipient.DiagnosticCode = diagnostic;
        return true;
    }

    private static bool ReadEnvelope(BodyLines lines, int errorAt, BounceMessage message, BounceDraft draft)
    {
        var diagnostic = lines[errorAt].Trim();
        var recipients = new System.Collections.Generic.List<string>();
        for (var i = errorAt + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase) && AddressText.Find(line) is { Length: > 0 } address)
                recipients.Add(address);
            else if (ReplyLine.SafeIsMatch(line) && recipients.Count == 0)
                diagnostic = line;
        }
        foreach (var address in recipients)
        {
            var recipient = draft.AddRecipient(address);
            recipient.Action = "failed";
            recipient.DiagnosticCode = diagnostic;
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    private static readonly System.Text.RegularExpressions.Regex ReplyLine = TextPatterns.Create(@"^[245]\d\d - ");
}
