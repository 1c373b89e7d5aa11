using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>A diagnostic phrase (case-insensitive regular expression) and the reason it implies.</summary>
internal sealed class PhraseRule
{
    public PhraseRule(BounceReason reason, string pattern)
    {
        Reason = reason;
        Pattern = pattern;
        Regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);
    }

    public BounceReason Reason { get; }
    public string Pattern { get; }
    public Regex Regex { get; }

    public bool IsMatch(string text)
    {
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
