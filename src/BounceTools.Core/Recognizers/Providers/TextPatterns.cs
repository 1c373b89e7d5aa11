using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Regular expressions for scanning notice text: every one carries the shared timeout, and a
/// match that times out counts as no match, so odd content can never make a recognizer throw.
/// Patterns are case-insensitive and ^ and $ match at line breaks. Most calls ask about text that
/// lacks every word a match would need (see <see cref="LiteralGate"/>): those are declined without
/// running the expression, which the native core can only interpret.
/// </summary>
internal static class TextPatterns
{
    /// <summary>One e-mail address inside running text.</summary>
    public const string Address = @"[\w.!#$%&'+/=?^`{|}~\-][\w.!#$%&'*+/=?^`{|}~\-]*@[\w\-]+(?:\.[\w\-]+)+";

    public static Regex Create(string pattern)
    {
        var regex = new CoreRegex(pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant);
        var gate = new LiteralGate(regex);
        if (gate.CanDecline)
            regex.Gate = gate;
        return regex;
    }

    private static bool MayMatch(Regex regex, string input) => regex is not CoreRegex { Gate: { } gate } || gate.MayMatch(input);

    public static Match SafeMatch(this Regex regex, string input)
    {
        if (!MayMatch(regex, input))
            return Match.Empty;
        try
        {
            return regex.Tiered().Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }

    /// <summary>Every match in turn; one that times out ends the run.</summary>
    public static System.Collections.Generic.IEnumerable<Match> SafeMatches(this Regex regex, string input)
    {
        var match = regex.SafeMatch(input);
        while (match.Success)
        {
            yield return match;
            try
            {
                match = match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }
        }
    }

    public static string SafeReplace(this Regex regex, string input, string replacement)
    {
        if (!MayMatch(regex, input))
            return input;
        try
        {
            return regex.Tiered().Replace(input, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            return input;
        }
    }

    public static bool SafeIsMatch(this Regex regex, string input)
    {
        if (!MayMatch(regex, input))
            return false;
        try
        {
            return regex.Tiered().IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }


    /// <summary>The text on one line: runs of white space (line breaks included) become one space.</summary>
    public static string Squeeze(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
                result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
