using System.Collections.Generic;

namespace BounceTools.Parsing;

/// <summary>Line splitting that treats CRLF, LF and a lone CR alike.</summary>
internal static class TextLines
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        int end;
        while ((end = text.IndexOfAny(LineBreaks, start)) >= 0)
        {
            yield return text.Substring(start, end - start);
            start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
        if (start < text.Length)
            yield return text.Substring(start);
    }
}
