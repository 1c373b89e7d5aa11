using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Sendmail 8: "----- The following addresses had permanent fatal errors -----" (or "transient
/// non-fatal errors" in a delay warning) with "(reason: ...)" lines, a session transcript, and
/// usually a delivery-status part (inline when the MIME structure was lost or the notice was forwarded).
/// </summary>
internal sealed class SendmailRecognizer : IFormatRecognizer
{
    private const string ListMarker = "----- The following addresses had";
    private const string TranscriptMarker = "----- Transcript of session follows -----";
    private static readonly Func<string, bool> EndOfSection = line => line.TrimStart().StartsWith("-----", StringComparison.Ordinal) || line.StartsWith("Reporting-MTA:", StringComparison.OrdinalIgnoreCase);

    public string Format => "Sendmail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        var hasList = text.IndexOf(ListMarker, StringComparison.OrdinalIgnoreCase) >= 0;
        if (!hasList && text.IndexOf(TranscriptMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        var status = DeliveryStatus.Find(message) ?? InlineDeliveryStatus.Find(lines);
        if (!hasList && status == null)
            return false;
        if (status != null)
            DeliveryStatusReader.Fill(status, draft);

        var listAt = lines.IndexOf(ListMarker);
        var entries = listAt < 0 ? new List<AddressEntry>() : AddressEntries.Read(lines, listAt + 1, EndOfSection, localParts: true);
        if (listAt >= 0)
            entries.AddRange(LocalDeliveryAliases(lines, listAt + 1));
        var transient = listAt >= 0 && lines[listAt].IndexOf("transient", StringComparison.OrdinalIgnoreCase) >= 0;
        NameIncompleteRecipients(draft, entries);
        EntryMerge.Merge(draft, entries, transient ? "delayed" : "failed");

        var transcriptAt = lines.IndexOf(TranscriptMarker);
        if (transcriptAt >= 0)
        {
            var transcript = SessionTranscript.Read(lines, transcriptAt + 1, EndOfSection);
            NoticeReader.ApplyTranscript(draft, transcript);
            AddClosingLine(draft, transcript);
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    // With one recipient and nothing else said about it, the transcript's closing line is its failure
    // ("554 Too many hops ..."). A local program's failure is reported as its bare exit code
    // ("Diagnostic-Code: X-Unix; 255"); the closing line ("554 5.3.0 unknown mailer error 255") says what sendmail made of it.
    private static void AddClosingLine(BounceDraft draft, SessionTranscript transcript)
    {
        if (draft.Recipients.Count != 1 || transcript.Closing.Length == 0)
            return;
        var recipient = draft.Recipients[0];
        if (recipient.DiagnosticCode.Length == 0)
        {
            recipient.DiagnosticCode = transcript.Closing;
            return;
        }
        if (!recipient.DiagnosticType.Equals("x-unix", StringComparison.OrdinalIgnoreCase) || recipient.DiagnosticCode.IndexOf(transcript.Closing, StringComparison.Ordinal) >= 0)
            return;
        recipient.DiagnosticCode = recipient.DiagnosticCode.Length == 0 ? transcript.Closing : recipient.DiagnosticCode + " (" + transcript.Closing + ")";
    }

    // A delivery to a program or file ("|/usr/bin/procmail", "/var/mail/archive") is listed as that, quoted, with the
    // address it was expanded from below ("(expanded from: <a@example.org>)"): that address is the recipient. Its
    // "(reason: 255)" is the program's exit status, which the transcript's closing line explains (AddClosingLine).
    private static IEnumerable<AddressEntry> LocalDeliveryAliases(BodyLines lines, int start)
    {
        for (var i = start; i < lines.Count && !EndOfSection(lines[i]); i++)
        {
            var target = lines[i].Trim().Trim('"');
            if (target.Length == 0 || (target[0] != '|' && target[0] != '/'))
                continue;
            for (var j = i + 1; j < lines.Count && lines[j].TrimStart().StartsWith("(", StringComparison.Ordinal); j++)
            {
                var alias = AddressText.ExpandedFrom(lines[j]);
                if (alias.Length == 0)
                    continue;
                yield return new AddressEntry(alias);
                break;
            }
        }
    }

    // Sendmail writes "Final-Recipient: RFC822; @mx.example.org" when it lost the local part; the text still has the address.
    // A local part without a domain ("jdoe") is a recipient still: LocalRecipients completes it.
    private static void NameIncompleteRecipients(BounceDraft draft, List<AddressEntry> entries)
    {
        foreach (var recipient in draft.Recipients)
        {
            if (!LacksLocalPart(recipient.Recipient))
                continue;
            var unnamed = entries.Find(entry => EntryMerge.Find(draft, entry.Address) == null);
            if (unnamed != null)
                recipient.Recipient = unnamed.Address;
        }
        draft.Recipients.RemoveAll(r => LacksLocalPart(r.Recipient));
    }

    private static bool LacksLocalPart(string address) => address.Length == 0 || address[0] == '@';
}
