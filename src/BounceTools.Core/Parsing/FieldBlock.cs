using System;
using System.Collections.Generic;

namespace BounceTools.Parsing;

/// <summary>
/// One block of "Name: value" fields, as in a message/delivery-status body (RFC 3464 section 2.1).
/// Folded lines are unfolded; names compare case-insensitively; the first occurrence wins.
/// </summary>
internal sealed class FieldBlock
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<KeyValuePair<string, string>> _ordered = new();

    public int Count => _fields.Count;

    /// <summary>Every field in the order written, repeated names included.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _ordered;

    public string? this[string name] => _fields.TryGetValue(name, out var value) ? value : null;

    public bool Contains(string name) => _fields.ContainsKey(name);

    internal void Add(string name, string value)
    {
        _ordered.Add(new KeyValuePair<string, string>(name, value));
        if (!_fields.ContainsKey(name))
            _fields[name] = value;
    }

    /// <summary>
    /// Splits text into blocks separated by blank lines. Lines are read in place: a field's value is
    /// copied out once, and only a folded value is put together in a buffer.
    /// </summary>
    public static List<FieldBlock> ParseBlocks(string text)
    {
        var blocks = new List<FieldBlock>();
        var current = new FieldBlock();
        string? name = null;
        int valueStart = 0, valueEnd = 0;
        System.Text.StringBuilder? folded = null;

        void Flush()
        {
            if (name != null)
                current.Add(name, folded == null ? Trimmed(text, valueStart, valueEnd) : Trimmed(folded.ToString(), 0, folded.Length));
            name = null;
            folded = null;
        }

        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOfAny(LineBreaks, start);
            if (end < 0)
                end = text.Length;
            if (IsBlank(text, start, end))
            {
                Flush();
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = new FieldBlock();
                }
            }
            else if ((text[start] == ' ' || text[start] == '\t') && name != null)
            {
                folded ??= new System.Text.StringBuilder().Append(text, valueStart, valueEnd - valueStart);
                var line = Trimmed(text, start, end);
                folded.Append(' ').Append(line);
            }
            else
            {
                Flush();
                // Some programs put blanks before the colon ("FINAL-RECIPIENT : rfc822; ...").
                var colon = text.IndexOf(':', start, end - start);
                var nameEnd = colon;
                while (nameEnd > start && (text[nameEnd - 1] == ' ' || text[nameEnd - 1] == '\t'))
                    nameEnd--;
                if (nameEnd > start && IsFieldName(text, start, nameEnd))
                {
                    name = text.Substring(start, nameEnd - start);
                    (valueStart, valueEnd) = (colon + 1, end);
                }
            }
            start = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        Flush();
        if (current.Count > 0)
            blocks.Add(current);
        return blocks;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsWhiteSpace(text[i]))
                return false;
        return true;
    }

    private static string Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return text.Substring(start, end - start);
    }

    private static bool IsFieldName(string text, int start, int colon)
    {
        for (var i = start; i < colon; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_'))
                return false;
        }
        return true;
    }
}
