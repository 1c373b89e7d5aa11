using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Parsing;

/// <summary>
/// A person's answer in a thread ("Re: Undelivered Mail Returned to Sender") that quotes a bounce
/// below their own words ("On ... wrote:", "-----Original Message-----"). The quoted notice was
/// already delivered once; the answer reports nothing new. Gateways that reply with a verdict in the
/// Subject answer no thread (no In-Reply-To or References), and mail systems are not people; a reply
/// a person wrote in a mail program ("X-Mailer: Open-Xchange Mailer", see <see cref="MailClient"/>; no
/// Auto-Submitted) is a person's however it quotes the notice ("> This is the mail system at host ...").
/// </summary>
internal static class PersonalReply
{
    private static readonly Regex QuoteHeader = TextPatterns.Create(
        @"^\s*(?:-{3,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|originalmeddelande|alkuperäinen viesti)\s*-{3,}" +
        @"|(?:on|am|le|el|il|op) .{1,200} (?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s*.{0,100}:)\s*$");

    public static bool Is(BounceMessage message) =>
        ReplySubject.Is(message.Subject) &&
        !NoticeSender.IsMailSystem(message) &&
        message.Message.Body?.ContentType.IsMimeType("multipart", "report") != true &&
        ((IsThreaded(message) && QuoteHeader.SafeIsMatch(NoticeText.Of(message))) || (WroteByHand(message) && QuotedLine.SafeIsMatch(NoticeText.Of(message))));

    // Auto-replies come from mail programs too ("Re: ..." from Gmail's vacation responder), and mark themselves so.
    private static bool WroteByHand(BounceMessage message) =>
        MailClient.Wrote(message) && (message.Header("Auto-Submitted") is not { } submitted || submitted.Trim().Equals("no", System.StringComparison.OrdinalIgnoreCase));

    private static readonly Regex QuotedLine = TextPatterns.Create(@"^>");

    private static bool IsThreaded(BounceMessage message) =>
        message.Header("In-Reply-To") != null || message.Header("References") != null;
}
