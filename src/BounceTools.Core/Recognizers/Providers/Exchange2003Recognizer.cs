using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange 5.5/2000/2003 (Internet Mail Service) notices: "Your message ... did not reach the
/// following recipient(s):", then "address on date" lines, each followed by indented reasons
/// such as "The recipient name is not recognized" and an MSEXCH:IMS diagnostic.
/// </summary>
internal sealed class Exchange2003Recognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"did not reach the following recipient"),
        recipient: TextPatterns.Create(@"^\s*(?<address>" + TextPatterns.Address + @") on \S.*$"),
        end: null);

    public string Format => "Exchange2003";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var mailer = message.Header("X-Mailer") ?? string.Empty;
        if (message.Header("X-MS-Embedded-Report") == null && mailer.IndexOf("Internet Mail Service", System.StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        return NoticeScanner.Read(message, draft, entries);
    }
}
