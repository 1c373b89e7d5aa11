using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// m-FILTER (Digital Arts) notices: a Japanese preamble, the failed addresses one per line, then
/// "-------server message" with the remote reply, "-------SMTP command" with the command it
/// answered, and "-------original message" (or "original mail info"). Known by its X-Mailer, or by
/// its text naming m-FILTER above a server message section. When one of its own filter rules stopped the
/// mail, there is no server message, and the preamble gives the rule.
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
        string? preamble = null;
        foreach (var recipient in draft.Recipients)
        {
            var sections = Sections.SafeMatch(recipient.DiagnosticCode);
            if (!sections.Success)
            {
                // A filter rule of its own stopped the mail: no server answered, and the preamble says why.
                if (!EntryDiagnostics.QuotesCode(recipient.DiagnosticCode))
                    recipient.DiagnosticCode = preamble ??= Preamble(message);
                continue;
            }
            recipient.DiagnosticCode = sections.Groups["reply"].Value;
            // The field holds the command itself: "RCPT TO", "DATA", "MAIL FROM".
            var command = sections.Groups["command"].Value;
            if (command.Length > 0)
                recipient.SmtpCommand = command.Split(' ')[0].ToUpperInvariant();
        }
        // Its log of the SMTP session ("[SMTPの通信ログ]") shows which command the refusal answered.
        if (draft.Recipients.Count == 1 && SessionTranscript.Read(BodyLines.OfNotice(message), 0, _ => false).FailedCommand is { Length: > 0 } failed)
            draft.Recipients[0].SmtpCommand = failed;
        draft.Original = OriginalMessage.FromText(TextSections.After(message.BodyText, OriginalMarker));
        return true;
    }

    /// <summary>The notice's words above the addresses, but for its first line, which names m-FILTER.</summary>
    private static string Preamble(BounceMessage message)
    {
        var lines = BodyLines.OfNotice(message);
        var said = new List<string>();
        for (var i = 1; i < lines.Count && !Layout.Recipient.SafeIsMatch(lines[i]); i++)
            if (!string.IsNullOrWhiteSpace(lines[i]))
                said.Add(lines[i].Trim());
        return string.Join(" ", said);
    }
}
