using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Postfix: "This is the mail system at host ..." with "&lt;address&gt;: host ... said: ... (in reply to
/// RCPT TO command)" paragraphs and a delivery-status part carrying X-Postfix-* fields (inline when
/// the report was flattened), plus the "Postfix SMTP server: errors from ..." session transcripts
/// (each recipient with the reply to its own RCPT, or to a later command that failed after it was accepted).
/// </summary>
internal sealed class PostfixRecognizer : IFormatRecognizer
{
    private static readonly string[] Signatures = { "X-Postfix-Queue-ID", "X-Postfix-Sender", "This is the mail system at host", "I'm sorry to have to inform you that" };

    // Releases before 2.3 put the mail_name setting in the intro: "This is the Postfix program at host ...",
    // "This is the Postfix on SuSE Linux 6.4 (i386) program at host ...", or whatever name a site chose.
    private static readonly Regex NamedIntro = new CoreRegex(@"^This is the [^\r\n]{1,60} program at host ", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // Postfix words each remote refusal the same whatever language a site's template is in:
    // "<a@example.net>: host mx.example.net[192.0.2.1] said: 550 ...". Only a notice from the mail system counts.
    private static readonly Regex RemoteRefusal = TextPatterns.Create(@"^<" + TextPatterns.Address + @">: host [^\s\[\]]+\[[0-9a-f.:]+\] said: [245]\d\d[ \-]");

    // Delay notices say so in capitals; the non-MIME layout ends the report with the returned message.
    private const string WarningOnly = "THIS IS A WARNING ONLY";
    private static readonly Func<string, bool> EndOfNotice = AddressEntries.StopAt("Reporting-MTA:", "--- Undelivered message follows ---", "--- Delayed message follows ---");

    // When the queue file's log of failures is lost, the notice says only this; the returned message names the recipient.
    private const string ReportUnavailable = "--- Delivery report unavailable ---";

    public string Format => "Postfix";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Subject.StartsWith("Postfix SMTP server: errors from", StringComparison.OrdinalIgnoreCase))
            return ReadServerTranscript(BodyLines.OfNotice(message), draft);

        var text = NoticeText.Of(message);
        if (!HasSignature(text) && !ReportPartText.Contains(message, "X-Postfix-") && !(NoticeSender.IsMailSystem(message) && RemoteRefusal.SafeIsMatch(text)))
            return false;

        var lines = BodyLines.OfNotice(message);
        var status = DeliveryStatus.Find(message) ?? InlineDeliveryStatus.Find(lines);
        if (status != null)
            DeliveryStatusReader.Fill(status, draft);
        var entries = AddressEntries.Read(lines, 0, EndOfNotice);
        PreferCommandOutput(draft, entries);
        EntryMerge.Merge(draft, entries, lines.IndexOf(WarningOnly) >= 0 ? "delayed" : "failed");
        draft.Original = OriginalMessage.FromReport(message);
        if (draft.Recipients.Count == 0 && lines.IndexOf(ReportUnavailable) >= 0 && draft.Original.To.IndexOf('@') > 0)
            draft.AddRecipient(draft.Original.To).Action = "failed";
        return draft.Recipients.Count > 0;
    }

    private static bool HasSignature(string text)
    {
        if (NoticeText.ContainsAny(text, Signatures, StringComparison.OrdinalIgnoreCase))
            return true;
        try
        {
            return NamedIntro.Tiered().IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // For local deliveries (Diagnostic-Code: x-unix) the text adds what Postfix says about the
    // delivery command ("Command output: ...", "Command died with status ..."), which the code field lacks.
    private static void PreferCommandOutput(BounceDraft draft, List<AddressEntry> entries)
    {
        foreach (var entry in entries)
        {
            var recipient = EntryMerge.Find(draft, entry.Address);
            if (recipient != null && string.Equals(recipient.DiagnosticType, "x-unix", StringComparison.OrdinalIgnoreCase) &&
                entry.Text.Length > recipient.DiagnosticCode.Length)
                recipient.DiagnosticCode = entry.Text;
        }
    }

    // "In:  RCPT TO:<user@example.org>" lines name the recipients. The reply right after one is about that recipient
    // alone; a failing reply to a later command (DATA, the end of data) is about every recipient accepted so far.
    // A recipient accepted and never failed was not affected.
    private static bool ReadServerTranscript(BodyLines lines, BounceDraft draft)
    {
        var failures = new Dictionary<string, (string Command, string Reply)>(StringComparer.OrdinalIgnoreCase);
        var named = new List<string>();
        var accepted = new List<string>();
        string lastSent = string.Empty, awaiting = string.Empty;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("In:", StringComparison.Ordinal))
            {
                var sent = line.Substring(3).Trim();
                lastSent = sent.Split(' ')[0].ToUpperInvariant();
                awaiting = lastSent == "RCPT" ? AddressText.Find(sent) : string.Empty;
                if (awaiting.Length > 0)
                    named.Add(awaiting);
                continue;
            }
            if (!line.StartsWith("Out:", StringComparison.Ordinal))
                continue;
            var reply = line.Substring(4).Trim();
            var failed = reply.Length > 0 && (reply[0] == '4' || reply[0] == '5');
            if (awaiting.Length > 0)
            {
                if (failed)
                    failures[awaiting] = ("RCPT", reply);
                else
                    accepted.Add(awaiting);
                awaiting = string.Empty;
            }
            else if (failed)
            {
                foreach (var address in accepted)
                    if (!failures.ContainsKey(address))
                        failures[address] = (lastSent, reply);
            }
        }
        foreach (var address in named)
        {
            if (!failures.TryGetValue(address, out var failure) || EntryMerge.Find(draft, address) != null)
                continue;
            var recipient = draft.AddRecipient(address);
            recipient.Action = "failed";
            recipient.DiagnosticCode = failure.Reply;
            recipient.SmtpCommand = failure.Command;
        }
        return draft.Recipients.Count > 0;
    }
}
