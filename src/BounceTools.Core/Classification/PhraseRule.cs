using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>A diagnostic phrase (case-insensitive regular expression) and the reason it implies.</summary>
internal sealed class PhraseRule
{
    private readonly Branch[] _branches;

    public PhraseRule(BounceReason reason, string pattern, bool isWeak = false)
    {
        Reason = reason;
        Pattern = pattern;
        IsWeak = isWeak;
        _branches = PhraseBranches.Of(pattern).Select(branch => new Branch(branch)).ToArray();
    }

    public BounceReason Reason { get; }
    public string Pattern { get; }

    /// <summary>A vague phrase, consulted only after the status code had its say.</summary>
    public bool IsWeak { get; }

    /// <summary>
    /// For each alternative, the sequences (see <see cref="Trigrams.Of"/>) of each word of which it needs one:
    /// a text that lacks a sequence of every such word cannot match that alternative. Null for an alternative that needs no word.
    /// </summary>
    public int[][]?[] BranchWordSequences() =>
        _branches.Select(branch => branch.FirstWords is { } words && words.All(word => word.Trigrams.Length > 0)
            ? words.Select(word => word.Trigrams).ToArray()
            : null).ToArray();

    /// <summary>The regular expressions of its alternatives, built now if they were not yet.</summary>
    public IEnumerable<Regex> Regexes() => _branches.Select(branch => branch.Regex);

    public bool IsMatch(PhraseText text)
    {
        foreach (var branch in _branches)
            if (branch.IsMatch(text))
                return true;
        return false;
    }

    /// <summary>Whether its alternative number <paramref name="branch"/> matches.</summary>
    public bool IsBranchMatch(int branch, PhraseText text) => _branches[branch].IsMatch(text);

    /// <summary>One alternative of the pattern (see <see cref="PhraseBranches"/>), built into a regex the first time its words are seen.</summary>
    private sealed class Branch
    {
        private readonly string _pattern;
        private readonly Literal[][] _literals;
        private Regex? _regex;

        public Branch(string pattern)
        {
            _pattern = pattern;
            _literals = RequiredLiterals.AllOf(pattern).Select(words => words.Select(word => new Literal(word.ToLowerInvariant())).ToArray()).ToArray();
        }

        /// <summary>The words of which every match holds one, the most telling set; null when there are none.</summary>
        public Literal[]? FirstWords => _literals.Length > 0 ? _literals[0] : null;

        // Two threads may both build it; either copy answers alike.
        public Regex Regex => _regex ??= new CoreRegex(_pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public bool IsMatch(PhraseText text)
        {
            foreach (var words in _literals)
                if (!HitsAny(text, words))
                    return false;
            try
            {
                return Regex.Tiered().IsMatch(text.Text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        // Ordinal search in lower-cased text is vectorized; its answers are a superset of the
        // case-insensitive regex's (case folding only ever adds matches), so nothing is hidden.
        private static bool HitsAny(PhraseText text, Literal[] words)
        {
            foreach (var word in words)
                if (text.Trigrams.MayHold(word.Trigrams) && text.Lowered.IndexOf(word.Text, StringComparison.Ordinal) >= 0)
                    return true;
            return false;
        }
    }

    /// <summary>A word every match of a branch holds one of, lower-cased, with its sequences.</summary>
    private sealed class Literal
    {
        public Literal(string text)
        {
            Text = text;
            Trigrams = Classification.Trigrams.Of(text);
        }

        public string Text { get; }
        public int[] Trigrams { get; }
    }
}
