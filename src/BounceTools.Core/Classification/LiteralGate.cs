using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// The words a match of a regular expression must contain, per alternative of the expression
/// (see <see cref="PhraseBranches"/> and <see cref="RequiredLiterals"/>), looked for before the
/// expression runs: most texts lack them all and are declined by a vectorized search instead of
/// the regex interpreter. The search ignores case the ordinal way, which for the words it holds
/// is what the regex does.
/// </summary>
internal sealed class LiteralGate
{
    // A gate that searches for this many words first indexes a short text (see Trigrams.OfShortText),
    // which declines most words for a few bit tests; below it, the searches cost less than the index.
    private const int ManyWords = 8;
    private const int ShortText = 256;

    private readonly Word[][][] _branches;
    private readonly bool _indexShortTexts;

    public LiteralGate(Regex regex)
    {
        var branches = PhraseBranches.Of(regex.ToString()).Select(RequiredLiterals.AllOf).ToArray();
        _branches = branches.All(words => words.Length > 0)
            ? branches.Select(sets => sets.Select(words => words.Select(word => new Word(word)).ToArray()).ToArray()).ToArray()
            : Array.Empty<Word[][]>();
        _indexShortTexts = _branches.Sum(sets => sets[0].Length) >= ManyWords;
    }

    /// <summary>True when every alternative needs some word, so that a text without them can be declined.</summary>
    public bool CanDecline => _branches.Length > 0;

    /// <summary>False when the expression cannot match the text; true when it may.</summary>
    public bool MayMatch(string text)
    {
        if (_branches.Length == 0)
            return true;
        if (!_indexShortTexts || text.Length > ShortText)
            return MayMatch(text, default);
        Span<ulong> index = stackalloc ulong[Trigrams.ShortTableWords];
        Trigrams.OfShortText(text, index);
        return MayMatch(text, index);
    }

    private bool MayMatch(string text, ReadOnlySpan<ulong> index)
    {
        foreach (var sets in _branches)
            if (HitsEach(text, sets, index))
                return true;
        return false;
    }

    private static bool HitsEach(string text, Word[][] sets, ReadOnlySpan<ulong> index)
    {
        foreach (var words in sets)
            if (!HitsAny(text, words, index))
                return false;
        return true;
    }

    private static bool HitsAny(string text, Word[] words, ReadOnlySpan<ulong> index)
    {
        foreach (var word in words)
            if ((index.IsEmpty || Trigrams.ShortTextMayHold(index, word.Sequences)) && text.IndexOf(word.Text, StringComparison.OrdinalIgnoreCase) >= 0)
                return true;
        return false;
    }

    private sealed class Word
    {
        public Word(string text)
        {
            Text = text;
            Sequences = Trigrams.Of(text.ToLowerInvariant());
        }

        public string Text { get; }
        public int[] Sequences { get; }
    }
}
