using System.Linq;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>A diagnostic phrase (case-insensitive regular expression) and the reason it implies.</summary>
internal sealed class PhraseRule
{
    public PhraseRule(BounceReason reason, string pattern, bool isWeak = false)
    {
        Reason = reason;
        Pattern = pattern;
        IsWeak = isWeak;
        Regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);
        Literals = RequiredLiterals.AllOf(pattern).Select(words => words.Select(word => word.ToLowerInvariant()).ToArray()).ToArray();
    }

    /// <summary>Sets of words, lower-cased, every match containing one word of each; empty when the pattern does not say.</summary>
    internal string[][] Literals { get; }

    public BounceReason Reason { get; }
    public string Pattern { get; }

    /// <summary>A vague phrase, consulted only after the status code had its say.</summary>
    public bool IsWeak { get; }

    public Regex Regex { get; }

    /// <param name="text">The text to match.</param>
    /// <param name="lowered">The same text lower-cased (invariant), shared by all rules of a table.</param>
    public bool IsMatch(string text, string lowered)
    {
        // Ordinal search in lower-cased text is vectorized; its answers are a superset of the
        // case-insensitive regex's (case folding only ever adds matches), so nothing is hidden.
        if (!RequiredLiterals.HitsEach(lowered, Literals, System.StringComparison.Ordinal))
            return false;
        try
        {
            return Regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
