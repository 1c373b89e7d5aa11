using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// BIGLOBE notices: "----- The following addresses had delivery problems -----" (or sendmail's
/// "... had permanent fatal errors"), the addresses,
/// then "----- Non-delivered information -----" and the reason.
/// </summary>
internal sealed class BiglobeRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"The following addresses had (?:delivery problems|permanent fatal errors)"),
        recipient: TextPatterns.Create(@"^\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: null);

    private static readonly System.Text.RegularExpressions.Regex Heading = TextPatterns.Create(@"-{3,}\s*Non-delivered information\s*-{3,}");

    public string Format => "Biglobe";

    // Every notice that reaches this recognizer is searched: the literal rules most out before the regex runs.
    private static bool HasHeading(string text) =>
        text.IndexOf(HeadingWords, System.StringComparison.OrdinalIgnoreCase) >= 0 && Heading.SafeIsMatch(text);

    private const string HeadingWords = "Non-delivered information";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // Cable operators whose mail runs on BIGLOBE's servers send the same notices from their own domains;
        // from any other, the heading of the information is BIGLOBE's own.
        if (!NoticeHeaders.FromDomain(message, "biglobe.ne.jp") && !NoticeHeaders.FromDomain(message, "inacatv.ne.jp") &&
            !NoticeHeaders.FromDomain(message, "tmtv.ne.jp") && !NoticeHeaders.FromDomain(message, "ttv.ne.jp") &&
            !HasHeading(message.BodyText))
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        // The information below the list is about every address in it; the scan gave it to the last one.
        var information = entries.Count > 0 ? Heading.SafeReplace(entries[entries.Count - 1].Text, " ").Trim() : string.Empty;
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, information);
        return NoticeScanner.Read(message, draft, entries);
    }
}
