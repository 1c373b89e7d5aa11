using System.Text.RegularExpressions;

namespace BounceTools.Recognizers.Providers;

/// <summary>Cuts notice text at marker lines, such as the line that introduces the returned message.</summary>
internal static class TextSections
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    /// <summary>The text after the first line that matches the marker, or empty when none does.</summary>
    public static string After(string text, Regex marker)
    {
        var match = marker.SafeMatch(text);
        if (!match.Success)
            return string.Empty;
        var end = text.IndexOfAny(LineBreaks, match.Index + match.Length);
        return end < 0 ? string.Empty : text.Substring(end + 1);
    }

    /// <summary>The text before the first line that matches the marker, or all of it when none does.</summary>
    public static string Before(string text, Regex marker)
    {
        var match = marker.SafeMatch(text);
        if (!match.Success)
            return text;
        var start = match.Index == 0 ? -1 : text.LastIndexOfAny(LineBreaks, match.Index - 1);
        return start < 0 ? string.Empty : text.Substring(0, start);
    }
}
