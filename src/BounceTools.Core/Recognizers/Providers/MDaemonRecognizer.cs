using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// MDaemon: "The attached message had PERMANENT fatal delivery errors!" (or a warning of delay),
/// the addresses after "tried to deliver it to the following recipients:" (MDaemon 3-5: "&gt; user@..."
/// after "The following addresses did NOT receive a copy of your message:"; some notices list none,
/// and the transcript's RCPT TO addresses are the recipients), then a "--- Session
/// Transcript ---" whose "--&gt; RCPT To:&lt;...&gt;" and "&lt;-- 550 ..." lines (MDaemon 3-5: the bare
/// command and reply lines) hold the remote reply. For a local mailbox that does not exist MDaemon
/// writes a shorter notice instead: "user@example.org - no such user here." A site may run MDaemon in
/// another language: the transcript's timed "--&gt;" lines and X-Failed-Recipients stay.
/// </summary>
internal sealed class MDaemonRecognizer : IFormatRecognizer
{
    private static readonly Regex Transcript = TextPatterns.Create(@"^-+ Session Transcript -+\s*$");

    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"deliver it to the following recipients?:|did not receive a copy of your message:|delayed for the following recipients?(?:\(s\))?:"),
        recipient: TextPatterns.Create(@"^\s*(?:>\s*)?<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: Transcript);

    private static readonly NoticeLayout LocalLayout = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*<?(?<address>" + TextPatterns.Address + @")>? - (?<text>.+)$"),
        end: TextPatterns.Create(@"^: Message contains"));

    // " Fri 2026-03-27 15:59:58.361: --> RCPT To:<x@example.net>", "...: <-- 550 5.1.1 ...";
    // MDaemon 3-5 write " RCPT To:<x@example.net>" and " 552 ..." with no time or arrow.
    private static readonly Regex Sent = TextPatterns.Create(@"(?::\s-->\s|^\s+)(?<command>(?<verb>EHLO|HELO|MAIL|RCPT|DATA|RSET|QUIT|STARTTLS|AUTH)\b.*)$");
    // The transcript opens with a summary of the message: " Thu 2024-08-22 10:15:02.115: *  To: a@example.net".
    private static readonly Regex SummaryTo = TextPatterns.Create(@":\s\*\s+(?:To|An):\s*(?<address>\S+@\S+)\s*$");
    // A delivery that never reached a command: " Tue 2024-02-20 15:08:54.176: *  Socket connection failed: Connection timed out (10060)".
    private static readonly Regex ConnectionError = TextPatterns.Create(
        @":\s\*\s+(?<text>(?:Error:|(?:Socket connection failed|Timeout waiting for socket|Unable to connect)\b).*?)\s*$");
    private static readonly Regex TimedCommand = TextPatterns.Create(@"^[^\r\n]*\d:\s-->\s");
    private static readonly Regex Received = TextPatterns.Create(@"(?::\s<--\s|^\s+)(?<reply>[45]\d\d[ \-].*)$");

    public string Format => "MDaemon";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var body = message.BodyText;
        if (body.IndexOf("delivery errors!", System.StringComparison.OrdinalIgnoreCase) < 0 && message.Header("X-MDDSN-Message") == null &&
            message.Header("X-MDaemon-Warning") == null && !(FromMDaemon(message) && Transcript.SafeIsMatch(body)))
            return FromMDaemon(message) && NoticeScanner.Read(message, draft, NoticeScanner.Scan(body, LocalLayout));
        var failures = TranscriptFailures(TranscriptOf(body));
        // Some notices list no recipients: the transcript's failing RCPT TO addresses are the list then.
        var entries = NoticeScanner.Scan(body, Layout);
        if (entries.Count == 0)
            entries = failures.Keys.Select(address => new AddressEntry(address)).ToList();
        foreach (var entry in entries)
            if (failures.TryGetValue(entry.Address, out var failure))
                NoticeScanner.SetText(entry, failure.Reply);
        var warning = body.IndexOf("PERMANENT fatal", System.StringComparison.OrdinalIgnoreCase) < 0 && message.Header("X-Failed-Recipients") == null;
        if (!NoticeScanner.Read(message, draft, entries, warning ? "delayed" : "failed"))
            return false;
        foreach (var recipient in draft.Recipients)
            if (failures.TryGetValue(recipient.Recipient, out var failure))
                recipient.SmtpCommand = failure.Verb;
        return true;
    }

    /// <summary>The session transcript, under its heading or, where the notice is translated, from its first timed command line.</summary>
    private static string TranscriptOf(string body)
    {
        var transcript = TextSections.After(body, Transcript);
        if (transcript.Length > 0)
            return transcript;
        var command = TimedCommand.SafeMatch(body);
        return command.Success ? body.Substring(command.Index) : string.Empty;
    }

    /// <summary>MDaemon's own notices come from "MDaemon@" its domain; it stamps X-MDaemon-Deliver-To on all mail it hands over.</summary>
    private static bool FromMDaemon(BounceMessage message) =>
        message.Header("X-MDaemon-Deliver-To") != null &&
        message.FromAddress.StartsWith("mdaemon@", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>For each recipient the transcript names in RCPT TO, the failing reply to it or to a later command.</summary>
    private static Dictionary<string, (string Verb, string Reply)> TranscriptFailures(string transcript)
    {
        var failures = new Dictionary<string, (string, string)>(System.StringComparer.OrdinalIgnoreCase);
        var recipients = new List<string>();
        var summarized = new List<string>();
        var verb = string.Empty;
        var reply = string.Empty;
        foreach (var line in TextLines.Split(transcript))
        {
            var sent = Sent.SafeMatch(line);
            if (sent.Success)
            {
                verb = sent.Groups["verb"].Value.ToUpperInvariant();
                if (verb == "RCPT")
                    recipients.Add(AddressText.Find(sent.Groups["command"].Value));
                reply = string.Empty;
                continue;
            }
            if (SummaryTo.SafeMatch(line) is { Success: true } to)
                summarized.Add(AddressText.Find(to.Groups["address"].Value));
            // No connection, so no reply: the error is about every recipient of the message.
            if (verb.Length == 0 && ConnectionError.SafeMatch(line) is { Success: true } error)
                foreach (var address in summarized)
                    if (!failures.ContainsKey(address))
                        failures[address] = (verb, error.Groups["text"].Value);
            var received = Received.SafeMatch(line);
            if (!received.Success || recipients.Count == 0 && (summarized.Count == 0 || verb == "RCPT"))
                continue;
            // A reply of several lines ("550-5.7.1 ...", then "550 5.7.1 ...") is read whole.
            var text = received.Groups["reply"].Value.Trim();
            reply = reply.Length == 0 ? text : reply + " " + text;
            if (text.Length > 3 && text[3] == '-')
                continue;
            // A reply to RCPT is about its recipient; a reply to DATA (or later) about every recipient so far;
            // a refusal before any RCPT (the greeting, or MAIL FROM: a message too large) about those the message was for.
            var about = verb == "RCPT" ? recipients.GetRange(recipients.Count - 1, 1) : recipients.Count > 0 ? recipients : summarized;
            foreach (var address in about)
                if (!failures.ContainsKey(address))
                    failures[address] = (verb, reply);
            reply = string.Empty;
        }
        return failures;
    }
}
