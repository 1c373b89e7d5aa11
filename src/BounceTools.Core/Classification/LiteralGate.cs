using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// The words one of which every match of a regular expression contains (see
/// <see cref="RequiredLiterals"/>), looked for before the expression runs: most texts lack them
/// all and are declined by a vectorized search instead of the regex interpreter. The search
/// ignores case the ordinal way, which for the ASCII words it holds is what the regex does.
/// </summary>
internal sealed class LiteralGate
{
    private readonly string[][] _literals;

    public LiteralGate(Regex regex)
    {
        _literals = RequiredLiterals.AllOf(regex.ToString());
    }

    /// <summary>False when the expression cannot match the text; true when it may.</summary>
    public bool MayMatch(string text) => RequiredLiterals.HitsEach(text, _literals);
}
