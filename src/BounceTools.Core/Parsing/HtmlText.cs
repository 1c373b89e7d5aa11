using System;
using System.Net;
using System.Text;

namespace BounceTools.Parsing;

/// <summary>
/// Crude HTML to text: enough to read a bounce notice that arrives as HTML only. Script and style
/// elements are dropped, line-breaking tags become new lines, the end of a table cell a tab, other tags vanish, entities are
/// decoded. A line break in the source is only a space, as a browser shows it, except inside
/// &lt;pre&gt;: a converted plain-text notice ("line&lt;br&gt;" + newline) keeps its lines, not
/// a blank line after each. Plain text labelled as HTML (no tag that breaks a line) keeps its own
/// line breaks. Forward searches only, so unclosed tags cannot make it quadratic.
/// </summary>
internal static class HtmlText
{
    private static readonly string[] InvisibleElements = { "script", "style" };
    private static readonly string[] BreakingTags = { "br", "/p", "/div", "/tr", "/li", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6" };
    private static readonly string[] BlockTags = { "p", "div", "pre" };

    // A browser sets table cells apart; a tab keeps a label cell from running into its value.
    private static readonly string[] CellEndTags = { "/td", "/th" };
    private static readonly string[] PreformattedTags = { "pre", "/pre" };

    public static string ToPlain(string html)
    {
        // Not sized to the HTML: its text is a fraction of it, and a page-sized buffer is a large-object allocation.
        var text = new StringBuilder();
        var unclosed = new bool[InvisibleElements.Length];
        var at = 0;
        var preformatted = !HasBreakingTag(html);
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            var close = open < 0 ? -1 : html.IndexOf('>', open + 1);
            if (close < 0)
                break; // no tag can end after this point: the rest is text
            AppendText(text, html, at, open, preformatted);
            at = EndOfInvisibleElement(html, open, unclosed) ?? close + 1;
            if (at != close + 1)
                continue;
            if (StartsWithName(html, open + 1, close, BreakingTags))
                text.Append('\n');
            else if (StartsWithName(html, open + 1, close, CellEndTags))
                text.Append('\t');
            else if (StartsWithName(html, open + 1, close, PreformattedTags))
                preformatted = html[open + 1] != '/';
        }
        AppendText(text, html, at, html.Length, preformatted);
        return WebUtility.HtmlDecode(text.ToString());
    }

    private static bool HasBreakingTag(string html)
    {
        var close = -1;
        for (var open = html.IndexOf('<'); open >= 0; open = html.IndexOf('<', open + 1))
        {
            // Every '<' before the same '>' shares it: looking again would make a flood of them quadratic.
            if (close < open && (close = html.IndexOf('>', open + 1)) < 0)
                return false;
            if (StartsWithName(html, open + 1, close, BreakingTags) || StartsWithName(html, open + 1, close, BlockTags))
                return true;
        }
        return false;
    }

    private static void AppendText(StringBuilder text, string html, int start, int end, bool preformatted)
    {
        if (preformatted)
        {
            text.Append(html, start, end - start);
            return;
        }
        for (var i = start; i < end; i++)
        {
            var c = html[i];
            if (c is not ('\r' or '\n'))
                text.Append(c);
            else if (text.Length > 0 && text[text.Length - 1] is not ('\n' or ' '))
                text.Append(' ');
        }
    }

    /// <summary>
    /// Where the script or style element opening at <paramref name="open"/> ends, or null when no
    /// such element opens there or it is never closed (then none of that name after it is closed).
    /// </summary>
    private static int? EndOfInvisibleElement(string html, int open, bool[] unclosed)
    {
        for (var n = 0; n < InvisibleElements.Length; n++)
        {
            var name = InvisibleElements[n];
            if (unclosed[n] || !StartsWithName(html, open + 1, html.Length, name))
                continue;
            var closing = "</" + name + ">";
            var end = html.IndexOf(closing, open, StringComparison.OrdinalIgnoreCase);
            if (end >= 0)
                return end + closing.Length;
            unclosed[n] = true;
        }
        return null;
    }

    private static bool StartsWithName(string html, int start, int limit, string[] names)
    {
        foreach (var name in names)
            if (StartsWithName(html, start, limit, name))
                return true;
        return false;
    }

    private static bool StartsWithName(string html, int start, int limit, string name)
    {
        var after = start + name.Length;
        return after <= limit && string.Compare(html, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
            (after == html.Length || !(char.IsLetterOrDigit(html[after]) || html[after] == '_'));
    }
}
