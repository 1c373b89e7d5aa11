using System.Net;
using System.Text.RegularExpressions;

namespace BounceTools.Parsing;

/// <summary>Crude HTML to text: enough to read a bounce notice that arrives as HTML only.</summary>
internal static class HtmlText
{
    private static readonly Regex Breaks = new(@"<(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", RegexOptions.IgnoreCase, Classification.StatusCodes.RegexTimeout);
    private static readonly Regex Tags = new(@"<[^>]*>", RegexOptions.None, Classification.StatusCodes.RegexTimeout);
    private static readonly Regex Invisible = new(@"<(script|style)\b.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline, Classification.StatusCodes.RegexTimeout);

    public static string ToPlain(string html)
    {
        try
        {
            var text = Invisible.Replace(html, string.Empty);
            text = Breaks.Replace(text, "\n");
            text = Tags.Replace(text, string.Empty);
            return WebUtility.HtmlDecode(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return html;
        }
    }
}
