using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Trend Micro InterScan MSS notices: the SMTP dialogue with the remote server,
/// "Sent &lt;&lt;&lt; RCPT TO:&lt;address&gt;" then "Received &gt;&gt;&gt; reply". The localized
/// notices label the lines in their language and point the arrows the other way
/// ("送信 &gt;&gt;&gt; RCPT TO:", "受信 &lt;&lt;&lt; 550 ..."), so either direction is read.
/// </summary>
internal sealed class TrendMicroRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*\S*\s*(?:<<<|>>>)\s*RCPT TO:\s*<?(?<address>" + TextPatterns.Address + @")>?"),
        end: TextPatterns.Create(@"^\s*\*+\s*End of message"));

    private static readonly System.Text.RegularExpressions.Regex Received = TextPatterns.Create(@"(?:>>>|<<<)\s*(?<reply>[245]\d\d\b.*?)(?:\s+\.\.\.)?\s*$");

    public string Format => "TrendMicro";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var boundary = message.Message.Body?.ContentType.Boundary ?? string.Empty;
        if (boundary.IndexOf("InterScan", System.StringComparison.OrdinalIgnoreCase) < 0 &&
            !NoticeHeaders.FromNameContains(message, "InterScan"))
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        foreach (var entry in entries)
        {
            var reply = Received.SafeMatch(entry.Text);
            if (reply.Success)
                NoticeScanner.SetText(entry, reply.Groups["reply"].Value.Trim());
        }
        if (!NoticeScanner.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
            recipient.SmtpCommand = "RCPT";
        return true;
    }
}
