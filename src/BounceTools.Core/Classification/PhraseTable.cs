using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

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
        if (_index == null)
        {
            foreach (var rule in _rules)
                if (rule.IsWeak == weak && rule.IsMatch(text))
                    return rule;
            return null;
        }
        // Marks are in rule order, the alternatives of each rule side by side: the first marked
        // alternative that matches belongs to the first rule that does.
        var marks = text.CandidatesIn(_index);
        for (var branch = Array.IndexOf(marks, true); branch >= 0; branch = Array.IndexOf(marks, true, branch + 1))
        {
            var ruleIndex = _index.RuleOf[branch];
            var rule = _rules[ruleIndex];
            if (rule.IsWeak == weak && rule.IsBranchMatch(branch - _index.FirstBranch[ruleIndex], text))
                return rule;
        }
        return null;
    }

    /// <summary>
    /// The alternatives of the rules by a sequence of each word they need: the sequences of a text
    /// name the few alternatives worth trying, instead of every one declining its words in turn.
    /// Of a word's sequences the one fewest other words of the table share is taken, so that a
    /// common one ("ser", "ail") does not make half the table worth trying.
    /// </summary>
    internal sealed class RuleIndex
    {
        private readonly int[]?[] _branchesBySequence = new int[]?[Trigrams.SequenceCount];
        private readonly bool[] _alwaysTried;

        public RuleIndex(PhraseRule[] rules)
        {
            FirstBranch = new int[rules.Length];
            var branches = new List<int[][]?>();
            var ruleOf = new List<int>();
            for (var i = 0; i < rules.Length; i++)
            {
                FirstBranch[i] = branches.Count;
                var sequences = rules[i].BranchWordSequences();
                branches.AddRange(sequences);
                ruleOf.AddRange(Enumerable.Repeat(i, sequences.Length));
            }
            RuleOf = ruleOf.ToArray();
            var wordsSharing = branches.Where(words => words != null).SelectMany(words => words!)
                .SelectMany(sequences => sequences.Distinct()).GroupBy(sequence => sequence).ToDictionary(group => group.Key, group => group.Count());
            var bySequence = new Dictionary<int, List<int>>();
            _alwaysTried = new bool[branches.Count];
            for (var b = 0; b < branches.Count; b++)
            {
                if (branches[b] is not { } words)
                {
                    _alwaysTried[b] = true;
                    continue;
                }
                foreach (var sequences in words)
                {
                    var key = sequences.OrderBy(sequence => wordsSharing[sequence]).First();
                    if (!bySequence.TryGetValue(key, out var list))
                        bySequence[key] = list = new List<int>();
                    if (list.Count == 0 || list[list.Count - 1] != b)
                        list.Add(b);
                }
            }
            foreach (var pair in bySequence)
                _branchesBySequence[pair.Key] = pair.Value.ToArray();
        }

        /// <summary>Where each rule's alternatives start in the marks <see cref="Candidates"/> gives.</summary>
        public int[] FirstBranch { get; }

        /// <summary>The rule each alternative belongs to.</summary>
        public int[] RuleOf { get; }

        public bool[] Candidates(PhraseText text)
        {
            var candidates = (bool[])_alwaysTried.Clone();
            foreach (var sequence in text.Sequences)
                if (_branchesBySequence[sequence] is { } branches)
                    foreach (var branch in branches)
                        candidates[branch] = true;
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

    /// <summary>Every phrase table the classifier may consult: the general ones, and those of each format and provider.</summary>
    public static IEnumerable<PhraseTable> LoadAll() =>
        new[] { "Rules/reason-phrases.tsv", "Rules/local-agents.tsv" }
            .Concat(EmbeddedData.Names("Rules/formats/")).Concat(EmbeddedData.Names("Rules/providers/"))
            .Select(Load);

    /// <summary>The regular expressions of all its rules.</summary>
    public IEnumerable<Regex> Regexes() => _rules.SelectMany(rule => rule.Regexes());
}
