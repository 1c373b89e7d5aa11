using System.Collections.Generic;

namespace BounceTools.Parsing;

/// <summary>Line splitting that treats CRLF, LF and a lone CR alike.</summary>
internal static class TextLines
{
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r' && c != '\n')
                continue;
            yield return text.Substring(start, i - start);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            start = i + 1;
        }
        if (start < text.Length)
            yield return text.Substring(start);
    }
}
