using System;
using System.Collections.Generic;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// The lines of a notice's text, with the "&gt; " quoting of a forwarded notice removed so that
/// a bounce someone forwarded reads like the original.
/// </summary>
internal sealed class BodyLines
{
    private readonly List<string> _lines;

    private BodyLines(List<string> lines)
    {
        _lines = lines;
    }

    public int Count => _lines.Count;

    public string this[int index] => _lines[index];

    /// <summary>The lines of the message's notice text, split once per message.</summary>
    public static BodyLines OfNotice(BounceMessage message) =>
        message.Memo("BodyLines.Notice", m => From(NoticeText.Of(m)));

    /// <summary>"-- " alone on its line opens a signature (RFC 3676), a writer's or a virus scanner's footer.</summary>
    public static bool IsSignatureSeparator(string line) => line.Trim() == "--";

    public static BodyLines From(string text)
    {
        var lines = new List<string>(TextLines.Split(text ?? string.Empty));
        if (MostlyQuoted(lines))
            for (var i = 0; i < lines.Count; i++)
                lines[i] = Unquote(lines[i]);
        return new BodyLines(lines);
    }

    /// <summary>Index of the first line at or after <paramref name="start"/> containing <paramref name="marker"/> (case-insensitive), or -1.</summary>
    public int IndexOf(string marker, int start = 0)
    {
        for (var i = Math.Max(start, 0); i < _lines.Count; i++)
            if (_lines[i].IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
                return i;
        return -1;
    }

    /// <summary>Index of the first line at or after <paramref name="start"/> containing any of the markers, or -1.</summary>
    public int IndexOfAny(IReadOnlyList<string> markers, int start = 0)
    {
        for (var i = Math.Max(start, 0); i < _lines.Count; i++)
            foreach (var marker in markers)
                if (_lines[i].IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
                    return i;
        return -1;
    }

    /// <summary>The first paragraph at or after <paramref name="start"/> (blank lines before it skipped), its lines trimmed and joined by spaces.</summary>
    public string Paragraph(int start)
    {
        var parts = new List<string>();
        var first = Math.Max(start, 0);
        while (first < _lines.Count && string.IsNullOrWhiteSpace(_lines[first]))
            first++;
        for (var i = first; i < _lines.Count && !string.IsNullOrWhiteSpace(_lines[i]); i++)
            parts.Add(_lines[i].Trim());
        return string.Join(" ", parts);
    }

    /// <summary>Where the paragraph after the one holding line <paramref name="at"/> starts; <see cref="Count"/> when none follows.</summary>
    public int NextParagraph(int at)
    {
        var next = at;
        while (next < _lines.Count && !string.IsNullOrWhiteSpace(_lines[next]))
            next++;
        while (next < _lines.Count && string.IsNullOrWhiteSpace(_lines[next]))
            next++;
        return next;
    }

    /// <summary>The text from <paramref name="start"/> to the end (or to <paramref name="end"/>), lines joined by newlines.</summary>
    public string Join(int start, int end = -1)
    {
        var stop = end < 0 ? _lines.Count : Math.Min(end, _lines.Count);
        return start >= stop ? string.Empty : string.Join("\n", _lines.GetRange(start, stop - start));
    }

    private static bool MostlyQuoted(List<string> lines)
    {
        int quoted = 0, written = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            written++;
            if (line[0] == '>')
                quoted++;
        }
        return written > 0 && quoted * 2 > written;
    }

    private static string Unquote(string line)
    {
        if (line.Length == 0 || line[0] != '>')
            return line;
        return line.Length > 1 && line[1] == ' ' ? line.Substring(2) : line.Substring(1);
    }
}
