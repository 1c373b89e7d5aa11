using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// KDDI (au one net, dion.ne.jp, and au's mobile mail, ezweb.ne.jp) notices: a Japanese
/// explanation, then "Your mail sent on: date",
/// "Could not be delivered to: &lt;address&gt;" and the reason ("As their mailbox is full.").
/// </summary>
internal sealed class KddiRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*Could not be delivered to:\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: null);

    public string Format => "KDDI";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // au's mobile mail (ezweb.ne.jp) sends this layout too; its own notices, which name no
        // "Could not be delivered to:" line, are left to the EZweb reader.
        if (!NoticeHeaders.FromDomain(message, "dion.ne.jp") && !NoticeHeaders.FromDomain(message, "au.com") && !NoticeHeaders.FromDomain(message, "ezweb.ne.jp"))
            return false;
        return NoticeScanner.Read(message, draft, NoticeScanner.Scan(message.BodyText, Layout));
    }
}
