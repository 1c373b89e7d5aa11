using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Zoho Mail's notices. Failures put each recipient on one line with Zoho's codes
/// ("user@example.com Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 ...", or in the HTML
/// notices "user@example.com, ERROR CODE :550 - 5.1.1 ..."); delay warnings
/// use "[Status: Error, Address: &lt;user@example.com&gt;, ResponseCode 421, , Host not reachable.]".
/// The returned message's headers follow the notice directly.
/// </summary>
internal sealed class ZohoRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(
            @"^(?:(?<address>" + TextPatterns.Address + @"),?\s+(?<text>.*ERROR[_ ]CODE.*)" +
            @"|\[Status:\s*\w+,\s*Address:\s*<(?<address>" + TextPatterns.Address + @")>,\s*(?<text>.*?)\]?\s*)$"),
        end: TextPatterns.Create(@"^(?:Received:|Message will be retried|-{3,}\s*Transcript of session)"));

    private static readonly Regex ReplyCode = TextPatterns.Create(@"(?:ERROR[_ ]CODE\s*:|ResponseCode)\s*(?<code>[245]\d\d)\b");
    private static readonly Regex Warning = TextPatterns.Create(@"^\s*THIS IS A WARNING MESSAGE ONLY");

    private static readonly string[] NoticeDomains = { "zoho.com", "zohomail.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp", "zoho.com.cn", "zoho.sa", "zohocloud.ca" };

    public string Format => "Zoho";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var mailer = message.Header("X-Mailer") ?? string.Empty;
        // Zoho's regional services (zoho.eu, zoho.in, ...) all stamp X-ZohoMail, on their users' mail too, and send
        // their notices from their own domains; those of its free mail service come from its zohomail.com hosts.
        if (!mailer.StartsWith("Zoho Mail", System.StringComparison.OrdinalIgnoreCase) && !System.Array.Exists(NoticeDomains, domain => NoticeHeaders.FromDomain(message, domain)) &&
            (message.Header("X-ZohoMail") == null || !NoticeSender.IsDaemonMailbox(message)))
            return false;
        var body = message.BodyText;
        var entries = NoticeScanner.Scan(body, Layout);
        if (!NoticeScanner.Read(message, draft, entries, Warning.SafeIsMatch(body) ? "delayed" : "failed"))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            var code = ReplyCode.SafeMatch(recipient.DiagnosticCode);
            if (code.Success)
                recipient.ReplyCode = int.Parse(code.Groups["code"].Value);
        }
        return true;
    }
}
