using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Active!hunter (a Japanese mail filter) notices, worded like sendmail's: "----- The following
/// addresses had permanent fatal errors -----", "&gt;&gt;&gt; address &lt;address&gt;", then
/// "----- Transcript of session follows -----" and the remote reply. Known by its X-AHMAILID
/// header or its MIME boundary.
/// </summary>
internal sealed class ActiveHunterRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"The following addresses had permanent fatal errors"),
        recipient: TextPatterns.Create(@"^\s*>>>\s*(?<address>" + TextPatterns.Address + @")"),
        end: null);

    private static readonly System.Text.RegularExpressions.Regex Transcript = TextPatterns.Create(@"-{3,}\s*Transcript of session follows\s*-{3,}");

    public string Format => "ActiveHunter";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var boundary = message.Message.Body?.ContentType.Boundary ?? string.Empty;
        if (message.Header("X-AHMAILID") == null && boundary.IndexOf("Active!Hunter", System.StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, Transcript.SafeReplace(entry.Text, " ").Trim());
        return NoticeScanner.Read(message, draft, entries);
    }
}
