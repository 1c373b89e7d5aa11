using System;
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

    /// <param name="text">The text to match.</param>
    /// <param name="lowered">The same text lower-cased (invariant), shared by all rules of a table.</param>
    public bool IsMatch(string text, string lowered)
    {
        foreach (var branch in _branches)
            if (branch.IsMatch(text, lowered))
                return true;
        return false;
    }

    /// <summary>One alternative of the pattern (see <see cref="PhraseBranches"/>), built into a regex the first time its words are seen.</summary>
    private sealed class Branch
    {
        private readonly string _pattern;
        private readonly string[][] _literals;
        private Regex? _regex;

        public Branch(string pattern)
        {
            _pattern = pattern;
            _literals = RequiredLiterals.AllOf(pattern).Select(words => words.Select(word => word.ToLowerInvariant()).ToArray()).ToArray();
        }

        public bool IsMatch(string text, string lowered)
        {
            // Ordinal search in lower-cased text is vectorized; its answers are a superset of the
            // case-insensitive regex's (case folding only ever adds matches), so nothing is hidden.
            if (!RequiredLiterals.HitsEach(lowered, _literals, StringComparison.Ordinal))
                return false;
            // Two threads may both build it; either copy answers alike.
            var regex = _regex ??= new Regex(_pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);
            try
            {
                return regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}
