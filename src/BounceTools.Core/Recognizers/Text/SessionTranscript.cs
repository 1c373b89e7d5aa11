using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// A sendmail-style SMTP transcript: "while talking to host:", "&gt;&gt;&gt; COMMAND" lines we sent,
/// "&lt;&lt;&lt; reply" lines we received, "program: text" lines of a local delivery program (no SMTP
/// session), and "550 &lt;user@example.org&gt;... text" summaries per recipient.
/// </summary>
internal sealed class SessionTranscript
{
    // "550 5.1.1 <user@example.org>... User unknown", "<user@example.org>... Deferred", "554 user@example.org... text";
    // after a reply code, a local mailbox too: "550 5.1.1 jdoe... User unknown".
    private static readonly Regex Summary = new CoreRegex(
        @"^\s*(?:(?<reply>[245]\d\d)(?:[ \-][245]\.\d{1,3}\.\d{1,3})?\s+)?<?(?<address>[^\s<>@]{1,128}@[^\s<>]{1,255}?)>?\.\.\.\s*(?<text>.*)$" +
        @"|^\s*[245]\d\d(?:[ \-][245]\.\d{1,3}\.\d{1,3})?\s+<?(?<local>" + AddressText.LocalPart + @")>?\.\.\.\s*(?<text>.*)$",
        RegexOptions.CultureInvariant);

    // "mail.local: unknown user: jane", "procmail: Quota exceeded ...": a local delivery program speaks for itself.
    private static readonly Regex LocalProgram = new CoreRegex(
        @"^[a-z][\w.\-]{0,40}: \S",
        RegexOptions.CultureInvariant);

    // "554 5.3.0 unknown mailer error 255", "554 Too many hops 26 (25 max): ...": sendmail's own closing
    // line (older releases give no enhanced code), about no address in particular.
    private static readonly Regex ClosingLine = new CoreRegex(
        @"^[245]\d\d (?:[245]\.\d{1,3}\.\d{1,3} )?[^<>]*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex TalkingTo = new CoreRegex(
        @"while talking to\s+(?<host>[^\s:]+?)\.?:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>What the transcript says about one recipient.</summary>
    internal sealed class Result
    {
        public string Address { get; set; } = string.Empty;
        public string Text { get; set; } = string.Empty;
        public string Command { get; set; } = string.Empty;
        public string Host { get; set; } = string.Empty;
    }

    public List<Result> Results { get; } = new();

    /// <summary>The last command we sent and the host we talked to, for notices without per-recipient lines.</summary>
    public string LastCommand { get; private set; } = string.Empty;
    public string LastHost { get; private set; } = string.Empty;

    /// <summary>The command that drew the session's first failure reply (4xx or 5xx), empty when none did.</summary>
    public string FailedCommand { get; private set; } = string.Empty;

    /// <summary>Each whole reply received ("&lt;&lt;&lt; 550-..." lines joined up to the last), in order.</summary>
    public List<string> Replies { get; } = new();

    /// <summary>The last reply line the reporting server wrote on its own, outside any SMTP session, after what a local program said.</summary>
    public string Closing { get; private set; } = string.Empty;

    /// <summary>Reads the transcript from <paramref name="start"/> until a line <paramref name="isEnd"/> accepts.</summary>
    public static SessionTranscript Read(BodyLines lines, int start, Func<string, bool> isEnd)
    {
        var transcript = new SessionTranscript();
        var reply = new List<string>();
        for (var i = Math.Max(start, 0); i < lines.Count && !isEnd(lines[i]); i++)
            transcript.Take(lines[i].Trim(), reply);
        return transcript;
    }

    public Result? Find(string address)
    {
        foreach (var result in Results)
            if (string.Equals(result.Address, address, StringComparison.OrdinalIgnoreCase))
                return result;
        return null;
    }

    private void Take(string line, List<string> reply)
    {
        if (line.Length == 0)
            return;
        try
        {
            var talking = TalkingTo.Tiered().Match(line);
            if (talking.Success)
            {
                LastHost = talking.Groups["host"].Value.ToLowerInvariant();
                LastCommand = string.Empty;
                reply.Clear();
                return;
            }
            if (line.StartsWith(">>>", StringComparison.Ordinal))
            {
                LastCommand = CommandName(line.Substring(3));
                reply.Clear();
                return;
            }
            if (line.StartsWith("<<<", StringComparison.Ordinal))
            {
                var received = line.Substring(3).Trim();
                reply.Add(received);
                if (received.Length < 4 || received[3] != '-')
                {
                    Replies.Add(string.Join(" ", reply));
                    if (FailedCommand.Length == 0 && received.Length > 0 && received[0] is '4' or '5')
                        FailedCommand = LastCommand;
                }
                return;
            }
            if (LastCommand.Length == 0 && LastHost.Length == 0 && LocalProgram.Tiered().IsMatch(line))
            {
                reply.Add(line);
                return;
            }
            var summary = Summary.Tiered().Match(line);
            if (!summary.Success && ClosingLine.Tiered().IsMatch(line))
                Closing = IsProgramOutput(reply) ? string.Join(" ", reply) + " (" + line + ")" : line;
            var address = !summary.Success ? string.Empty
                : summary.Groups["local"].Success ? AddressField.Normalize(summary.Groups["local"].Value)
                : AddressText.Find(summary.Groups["address"].Value);
            if (address.Length > 0 && Find(address) == null)
                Results.Add(new Result
                {
                    Address = address,
                    Text = reply.Count > 0 && !NamesAnother(reply, address) ? string.Join(" ", reply) + " (" + line + ")" : line,
                    Command = LastCommand,
                    Host = LastHost,
                });
        }
        catch (RegexMatchTimeoutException)
        {
            // An unreadable line says nothing about recipients.
        }
    }

    // A reply about a recipient already reported ("<<< 550 5.1.1 <a@example.org>... User unknown") is not another's, whose summary
    // follows it when sendmail failed that one elsewhere ("550 5.1.2 <b@example.net>... Host unknown").
    private bool NamesAnother(List<string> reply, string address)
    {
        foreach (var line in reply)
        {
            var named = AddressText.Find(line);
            if (named.Length > 0 && !string.Equals(named, address, StringComparison.OrdinalIgnoreCase) && Find(named) != null)
                return true;
        }
        return false;
    }

    // Lines a local delivery program wrote ("procmail: Quota exceeded while writing ...") before sendmail's
    // closing "554 5.3.0 unknown mailer error 1" are what the exit code stands for.
    private bool IsProgramOutput(List<string> reply) => reply.Count > 0 && LastCommand.Length == 0 && LastHost.Length == 0;

    private static string CommandName(string sent)
    {
        var text = sent.Trim();
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        var word = text.Substring(0, end).ToUpperInvariant();
        return word == "EHLO" || word == "HELO" || word == "MAIL" || word == "RCPT" || word == "DATA" || word == "QUIT" || word == "STARTTLS" || word == "AUTH"
            ? word
            : text.Length > 0 && text[0] == '.' ? "DATA" : string.Empty;
    }
}
