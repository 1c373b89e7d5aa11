using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>One <c>[header]</c> block of a knowledge data file with its <c>key: value</c> lines.</summary>
internal sealed class KnowledgeRecord
{
    private readonly List<KeyValuePair<string, string>> _fields = new();

    public KnowledgeRecord(string source, int line, string header)
    {
        Source = source;
        Line = line;
        Header = header;
    }

    public string Source { get; }

    public int Line { get; }

    public string Header { get; }

    public IEnumerable<string> Keys => _fields.Select(pair => pair.Key).Distinct();

    public void Add(string key, string value) => _fields.Add(new KeyValuePair<string, string>(key, value));

    public IReadOnlyList<string> All(string key) =>
        _fields.Where(pair => pair.Key == key).Select(pair => pair.Value).ToList();

    /// <summary>The last value of a key, so a later line overrides an earlier one.</summary>
    public string? Single(string key) => _fields.LastOrDefault(pair => pair.Key == key).Value;

    public string Where => $"{Source}:{Line} [{Header}]";
}
