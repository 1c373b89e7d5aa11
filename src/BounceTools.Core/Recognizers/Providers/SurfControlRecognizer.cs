using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// SurfControl E-mail Filter, known by its X-Mailer: "Your message could not be sent.",
/// "Addressed To: a@example.org", then each attempt as "a@example.org: [192.0.2.1], 554 reply".
/// Its delivery-status part is read when there is one; the text stands in when there is none.
/// Forwarded inline, the notice keeps no X-Mailer: then the mail system's text must show the whole
/// layout, its closing "--- Message non-deliverable." included.
/// </summary>
internal sealed class SurfControlRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"^\s*Your message could not be sent"),
        recipient: TextPatterns.Create(@"^\s*(?<address>" + TextPatterns.Address + @"):\s*\[[0-9a-f.:]+\],\s*(?<text>.*)$"),
        end: TextPatterns.Create(@"^\s*-{3}\s*Message non-deliverable"));

    public string Format => "SurfControl";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var signed = (message.Header("X-Mailer") ?? string.Empty).StartsWith("SurfControl", System.StringComparison.OrdinalIgnoreCase);
        if (!signed && !(message.BodyText.IndexOf("Message non-deliverable", System.StringComparison.OrdinalIgnoreCase) >= 0 &&
                         NoticeSender.IsMailSystem(message) && Layout.End!.SafeIsMatch(message.BodyText)))
            return false;
        if (message.FindPart("message/delivery-status") != null)
            return StandardReport.Read(message, draft);
        return NoticeScanner.Read(message, draft, NoticeScanner.Scan(message.BodyText, Layout));
    }
}
