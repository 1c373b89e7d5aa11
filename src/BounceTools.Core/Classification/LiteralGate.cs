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
    private readonly string[][][] _branches;

    public LiteralGate(Regex regex)
    {
        var branches = PhraseBranches.Of(regex.ToString()).Select(RequiredLiterals.AllOf).ToArray();
        _branches = branches.All(words => words.Length > 0) ? branches : Array.Empty<string[][]>();
    }

    /// <summary>True when every alternative needs some word, so that a text without them can be declined.</summary>
    public bool CanDecline => _branches.Length > 0;

    /// <summary>False when the expression cannot match the text; true when it may.</summary>
    public bool MayMatch(string text)
    {
        if (_branches.Length == 0)
            return true;
        foreach (var words in _branches)
            if (RequiredLiterals.HitsEach(text, words))
                return true;
        return false;
    }
}
