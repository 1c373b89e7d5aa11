using System;
using System.Collections.Generic;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Special;

/// <summary>
/// The "Name: value" fields of a message/feedback-report part. Unlike delivery-status fields,
/// some (Original-Rcpt-To, Reported-Domain) may repeat, so every value is kept.
/// </summary>
internal sealed class FeedbackFields
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public string First(string name) =>
        _values.TryGetValue(name, out var list) && list.Count > 0 ? list[0] : string.Empty;

    public IReadOnlyList<string> All(string name) =>
        _values.TryGetValue(name, out var list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

    public static FeedbackFields Parse(string text)
    {
        var fields = new FeedbackFields();
        string? name = null;
        foreach (var line in TextLines.Split(text))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && name != null)
            {
                var list = fields._values[name];
                list[list.Count - 1] = (list[list.Count - 1] + " " + line.Trim()).Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || line.Substring(0, colon).IndexOf(' ') >= 0)
            {
                name = null;
                continue;
            }
            name = line.Substring(0, colon).Trim();
            if (!fields._values.TryGetValue(name, out var values))
                fields._values[name] = values = new List<string>();
            values.Add(line.Substring(colon + 1).Trim());
        }
        return fields;
    }
}
