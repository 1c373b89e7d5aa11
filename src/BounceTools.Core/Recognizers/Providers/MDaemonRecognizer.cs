using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// MDaemon: "The attached message had PERMANENT fatal delivery errors!" (or a warning of delay),
/// the addresses after "tried to deliver it to the following recipients:", then a "--- Session
/// Transcript ---" whose "--&gt; RCPT To:&lt;...&gt;" and "&lt;-- 550 ..." lines hold the remote reply.
/// </summary>
internal sealed class MDaemonRecognizer : IFormatRecognizer
{
    private static readonly Regex Transcript = TextPatterns.Create(@"^-+ Session Transcript -+\s*$");

    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"deliver it to the following recipients?:"),
        recipient: TextPatterns.Create(@"^\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: Transcript);

    // " Fri 2026-03-27 15:59:58.361: --> RCPT To:<x@example.net>", "...: <-- 550 5.1.1 ..."
    private static readonly Regex Sent = TextPatterns.Create(@":\s-->\s(?<command>(?<verb>[A-Z]+)\b.*)$");
    private static readonly Regex Received = TextPatterns.Create(@":\s<--\s(?<reply>[45]\d\d[ \-].*)$");

    public string Format => "MDaemon";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var body = message.BodyText;
        if (body.IndexOf("delivery errors!", System.StringComparison.OrdinalIgnoreCase) < 0 && message.Header("X-MDDSN-Message") == null)
            return false;
        var entries = NoticeScanner.Scan(body, Layout);
        var failures = TranscriptFailures(TextSections.After(body, Transcript));
        foreach (var entry in entries)
            if (failures.TryGetValue(entry.Address, out var failure))
                NoticeScanner.SetText(entry, failure.Reply);
        var warning = body.IndexOf("PERMANENT fatal", System.StringComparison.OrdinalIgnoreCase) < 0;
        if (!NoticeScanner.Read(message, draft, entries, warning ? "delayed" : "failed"))
            return false;
        foreach (var recipient in draft.Recipients)
            if (failures.TryGetValue(recipient.Recipient, out var failure))
                recipient.SmtpCommand = failure.Verb;
        return true;
    }

    /// <summary>For each recipient the transcript names in RCPT TO, the failing reply to it or to a later command.</summary>
    private static Dictionary<string, (string Verb, string Reply)> TranscriptFailures(string transcript)
    {
        var failures = new Dictionary<string, (string, string)>(System.StringComparer.OrdinalIgnoreCase);
        var recipients = new List<string>();
        var verb = string.Empty;
        foreach (var line in TextLines.Split(transcript))
        {
            var sent = Sent.SafeMatch(line);
            if (sent.Success)
            {
                verb = sent.Groups["verb"].Value.ToUpperInvariant();
                if (verb == "RCPT")
                    recipients.Add(AddressText.Find(sent.Groups["command"].Value));
                continue;
            }
            var received = Received.SafeMatch(line);
            if (!received.Success || recipients.Count == 0)
                continue;
            // A reply to RCPT is about its recipient; a reply to DATA (or later) about every recipient so far.
            var about = verb == "RCPT" ? recipients.GetRange(recipients.Count - 1, 1) : recipients;
            foreach (var address in about)
                if (!failures.ContainsKey(address))
                    failures[address] = (verb, received.Groups["reply"].Value.Trim());
        }
        return failures;
    }
}
