using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// m-FILTER (Digital Arts) notices: a Japanese preamble, the failed addresses one per line, then
/// "-------server message" with the remote reply, "-------SMTP command" with the command it
/// answered, and "-------original message" (or "original mail info"). Known by its X-Mailer, or by
/// its text naming m-FILTER above a server message section.
/// </summary>
internal sealed class MFilterRecognizer : IFormatRecognizer
{
    private static readonly Regex OriginalMarker = TextPatterns.Create(@"^-{3,}original (?:message|mail info)");

    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^(?<address>" + TextPatterns.Address + @")\s*$"),
        end: OriginalMarker);

    private static readonly Regex Sections = TextPatterns.Create(
        @"-{3,}server message\s*(?<reply>.*?)\s*(?:-{3,}SMTP command\s*(?<command>[A-Z]+(?: [A-Z]+)?))?\s*$");

    private static readonly Regex ServerMessage = TextPatterns.Create(@"^-{3,}server message\s*$");

    public string Format => "mFILTER";

    // The notice's first line names m-FILTER too ("このメールは「m-FILTER」が自動的に生成して送信しています。"), and
    // stays when the X-Mailer header is gone (forwarded inline); its server message section tells it from mail about the product.
    private static bool IsMFilter(BounceMessage message) =>
        (message.Header("X-Mailer") ?? string.Empty).StartsWith("m-FILTER", System.StringComparison.OrdinalIgnoreCase) ||
        (message.BodyText.IndexOf("m-FILTER", System.StringComparison.Ordinal) >= 0 && ServerMessage.SafeIsMatch(message.BodyText));

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!IsMFilter(message))
            return false;
        if (!NoticeScanner.Read(message, draft, NoticeScanner.Scan(message.BodyText, Layout)))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            var sections = Sections.SafeMatch(recipient.DiagnosticCode);
            if (!sections.Success)
                continue;
            recipient.DiagnosticCode = sections.Groups["reply"].Value;
            // The field holds the command itself: "RCPT TO", "DATA", "MAIL FROM".
            var command = sections.Groups["command"].Value;
            if (command.Length > 0)
                recipient.SmtpCommand = command.Split(' ')[0].ToUpperInvariant();
        }
        draft.Original = OriginalMessage.FromText(TextSections.After(message.BodyText, OriginalMarker));
        return true;
    }
}
