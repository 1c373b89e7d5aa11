using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Classification;

/// <summary>
/// An ordered list of phrase rules read from a TSV resource (columns: reason, pattern, and an
/// optional "weak" marker for phrases too vague to outrank a status code). First match wins.
/// A row "include&lt;TAB&gt;Name" takes in another table of the same folder at its place.
/// </summary>
internal sealed class PhraseTable
{
    public static readonly PhraseTable Empty = new(Array.Empty<PhraseRule>());

    // Below this many rules, trying each one is as cheap as looking up the few a text may match.
    private const int IndexedFrom = 32;

    private readonly PhraseRule[] _rules;
    private readonly RuleIndex? _index;

    private PhraseTable(PhraseRule[] rules)
    {
        _rules = rules;
        _index = rules.Length >= IndexedFrom ? new RuleIndex(rules) : null;
    }

    public PhraseRule? FirstMatch(PhraseText text, bool weak)
    {
        if (text.Text.Length == 0)
            return null;
        var candidates = _index?.Candidates(text);
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            if (rule.IsWeak == weak && (candidates == null || candidates[i]) && rule.IsMatch(text))
                return rule;
        }
        return null;
    }

    /// <summary>
    /// The rules by the sequences of the words they need (<see cref="PhraseRule.KeySequences"/>): the
    /// sequences of a text name the few rules worth trying, instead of every rule declining its words one by one.
    /// </summary>
    private sealed class RuleIndex
    {
        private readonly Dictionary<int, int[]> _rulesBySequence;
        private readonly bool[] _alwaysTried;

        public RuleIndex(PhraseRule[] rules)
        {
            var bySequence = new Dictionary<int, List<int>>();
            _alwaysTried = new bool[rules.Length];
            for (var i = 0; i < rules.Length; i++)
            {
                var keys = rules[i].KeySequences();
                if (keys == null)
                {
                    _alwaysTried[i] = true;
                    continue;
                }
                foreach (var key in keys)
                {
                    if (!bySequence.TryGetValue(key, out var list))
                        bySequence[key] = list = new List<int>();
                    list.Add(i);
                }
            }
            _rulesBySequence = bySequence.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        }

        public bool[] Candidates(PhraseText text)
        {
            var candidates = (bool[])_alwaysTried.Clone();
            foreach (var sequence in text.Sequences)
                if (_rulesBySequence.TryGetValue(sequence, out var rules))
                    foreach (var rule in rules)
                        candidates[rule] = true;
            return candidates;
        }
    }

    public static PhraseTable Load(string resource) => new(Rules(resource).ToArray());

    /// <summary>
    /// The rules of a table in order. A row "include&lt;TAB&gt;Name" puts the rules of Name.tsv, beside
    /// this table, in its place: a provider that runs another vendor's MTA (Mail.ru runs Exim)
    /// prints that MTA's wording.
    /// </summary>
    private static IEnumerable<PhraseRule> Rules(string resource)
    {
        foreach (var row in EmbeddedData.ReadTsv(resource))
        {
            if (row[0] == "include")
            {
                foreach (var rule in Rules(resource.Substring(0, resource.LastIndexOf('/') + 1) + row[1].Trim() + ".tsv"))
                    yield return rule;
                continue;
            }
            yield return new PhraseRule(
                EmbeddedData.ParseReason(row[0], resource),
                row[1],
                isWeak: row.Length > 2 && row[2].Trim() == "weak");
        }
    }

    /// <summary>The table if the resource exists, else an empty one.</summary>
    public static PhraseTable LoadOptional(string resource) =>
        EmbeddedData.Exists(resource) ? Load(resource) : Empty;
}
