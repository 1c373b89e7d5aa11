using System;
using System.Collections.Generic;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// The steps most MTA notices share: read the delivery-status part when there is one, add what
/// the human-readable text says per recipient, and find the returned original.
/// </summary>
internal static class NoticeReader
{
    public static bool Read(BounceMessage message, BounceDraft draft, IEnumerable<AddressEntry> entries, string action = "failed", BodyLines? lines = null)
    {
        var status = DeliveryStatus.Find(message) ?? (lines == null ? null : InlineDeliveryStatus.Find(lines));
        if (status != null)
            DeliveryStatusReader.Fill(status, draft);
        EntryMerge.Merge(draft, entries, action);
        if (draft.Original == OriginalMessage.None)
            draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    /// <summary>Sets the SMTP command, remote host and (when missing) the diagnostic of each recipient the transcript names.</summary>
    public static void ApplyTranscript(BounceDraft draft, SessionTranscript transcript)
    {
        foreach (var recipient in draft.Recipients)
        {
            var result = transcript.Find(recipient.Recipient);
            if (result == null)
            {
                // A reply to DATA names no recipient; the whole of it still continues each one's first line.
                if (transcript.Replies.Find(reply => Continues(reply, recipient.DiagnosticCode)) is { } whole)
                    recipient.DiagnosticCode = whole;
                continue;
            }
            if (recipient.DiagnosticCode.Length == 0 || Continues(result.Text, recipient.DiagnosticCode))
                recipient.DiagnosticCode = result.Text;
            if (recipient.SmtpCommand.Length == 0)
                recipient.SmtpCommand = result.Command;
            if (recipient.RemoteMta.Length == 0)
                recipient.RemoteMta = result.Host;
        }
        // A session refused before any recipient was named (at MAIL FROM) has no line per recipient:
        // its last command is that of every recipient sent to that host.
        if (transcript.Results.Count > 0 || transcript.LastCommand is "" or "QUIT")
            return;
        foreach (var recipient in draft.Recipients)
            if (recipient.SmtpCommand.Length == 0 && (recipient.RemoteMta.Length == 0 || recipient.RemoteMta.Equals(transcript.LastHost, StringComparison.OrdinalIgnoreCase)))
                recipient.SmtpCommand = transcript.LastCommand;
    }

    // Sendmail's "(reason: ...)" note and its Diagnostic-Code keep only the first line of a reply of
    // several ("421-4.7.30 ... because DKIM authentication didn't"); the transcript has all of it.
    private static bool Continues(string transcriptText, string diagnostic) =>
        IsFirstOfSeveralLines(diagnostic) && transcriptText.Length > diagnostic.Length &&
        transcriptText.StartsWith(diagnostic.Trim(), StringComparison.OrdinalIgnoreCase);

    // "421-4.7.30 ...": a reply code and a hyphen say that more lines of the same reply follow.
    private static bool IsFirstOfSeveralLines(string diagnostic) =>
        diagnostic.Length > 4 && char.IsDigit(diagnostic[0]) && char.IsDigit(diagnostic[1]) && char.IsDigit(diagnostic[2]) && diagnostic[3] == '-';

    /// <summary>The returned original's headers when a notice quotes them inline after a marker line.</summary>
    public static OriginalMessage OriginalAfter(BodyLines lines, string marker) => OriginalAfter(lines, lines.IndexOf(marker));

    /// <summary>The same after the marker line at <paramref name="at"/> (none when it is -1).</summary>
    public static OriginalMessage OriginalAfter(BodyLines lines, int at) =>
        at < 0 ? OriginalMessage.None : OriginalMessage.FromText(lines.Join(at + 1));
}
