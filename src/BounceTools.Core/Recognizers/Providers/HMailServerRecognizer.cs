using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// hMailServer: under "The following recipient(s) could not be reached:" each address stands alone
/// on a line, followed by "Error Type: SMTP", "hMailServer sent: RCPT TO:&lt;...&gt;" and "Remote
/// server replied: 550 ...". The opening sentence is Exchange 2003's; the "Error Type" lines are not.
/// </summary>
internal sealed class HMailServerRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"^\s*The following recipient\(s\) could not be reached:"),
        recipient: TextPatterns.Create(@"^\s*(?<address>" + TextPatterns.Address + @")\s*$"),
        end: TextPatterns.Create(@"^\s*hMailServer\s*$"));

    private static readonly Regex ErrorType = TextPatterns.Create(@"^Error Type:");
    private static readonly Regex Sent = TextPatterns.Create(@"^hMailServer sent:\s*(?<verb>[A-Z]+)");
    private static readonly Regex Replied = TextPatterns.Create(@"^Remote server replied:\s*(?<text>.+)$");

    public string Format => "hMailServer";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        if (entries.Count == 0 || !ErrorType.SafeIsMatch(string.Join("\n", entries[0].Lines)))
            return false;
        return NoticeScanner.Read(message, draft, entries, ReadEntry, (recipient, command) => recipient.SmtpCommand = command);
    }

    /// <summary>Keeps the remote reply as the entry's text, when there is one; returns the command it answered.</summary>
    private static string ReadEntry(AddressEntry entry)
    {
        string command = string.Empty, reply = string.Empty;
        foreach (var line in entry.Lines)
        {
            var sent = Sent.SafeMatch(line);
            if (sent.Success)
                command = sent.Groups["verb"].Value.ToUpperInvariant();
            var replied = Replied.SafeMatch(line);
            if (replied.Success)
                reply = replied.Groups["text"].Value.Trim();
        }
        if (reply.Length > 0)
            NoticeScanner.SetText(entry, reply);
        return command;
    }
}
