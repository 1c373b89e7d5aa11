using System;
using System.Collections.Generic;

namespace BounceTools.Parsing;

/// <summary>
/// One block of "Name: value" fields, as in a message/delivery-status body (RFC 3464 section 2.1).
/// Folded lines are unfolded; names compare case-insensitively; the first occurrence wins.
/// </summary>
internal sealed class FieldBlock
{
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

    /// <summary>Splits text into blocks separated by blank lines.</summary>
    public static List<FieldBlock> ParseBlocks(string text)
    {
        var blocks = new List<FieldBlock>();
        var current = new FieldBlock();
        string? name = null;
        var value = new System.Text.StringBuilder();

        void Flush()
        {
            if (name != null)
                current.Add(name, Trimmed(value));
            name = null;
            value.Clear();
        }

        foreach (var line in TextLines.Split(text))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = new FieldBlock();
                }
                continue;
            }

            if ((line[0] == ' ' || line[0] == '\t') && name != null)
            {
                value.Append(' ').Append(line.Trim());
                continue;
            }

            Flush();
            var colon = line.IndexOf(':');
            if (colon > 0 && IsFieldName(line, colon))
            {
                name = line.Substring(0, colon).Trim();
                value.Append(line, colon + 1, line.Length - colon - 1);
            }
        }

        Flush();
        if (current.Count > 0)
            blocks.Add(current);
        return blocks;
    }

    private static string Trimmed(System.Text.StringBuilder value)
    {
        int start = 0, end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start]))
            start++;
        while (end > start && char.IsWhiteSpace(value[end - 1]))
            end--;
        return value.ToString(start, end - start);
    }

    private static bool IsFieldName(string line, int colon)
    {
        for (var i = 0; i < colon; i++)
        {
            var c = line[i];
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_'))
                return false;
        }
        return true;
    }
}
