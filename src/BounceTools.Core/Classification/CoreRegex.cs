using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// A regular expression of the core's rule tables and text patterns, carrying what the core keeps
/// for each one: its literal gate and its tier (see <see cref="RegexTiers"/>). Held here they are
/// read from a field on every call, instead of looked up in a table keyed by the regex. Every one
/// has the core's match timeout.
/// </summary>
internal sealed class CoreRegex(string pattern, RegexOptions options) : Regex(pattern, options, StatusCodes.RegexTimeout)
{
    /// <summary>Declines text that lacks every word a match needs (see <see cref="LiteralGate"/>); null when it could decline nothing.</summary>
    public LiteralGate? Gate { get; set; }

    /// <summary>The regex to match with now, where code can be generated at run time.</summary>
    internal RegexTiers.Tier? Tier { get; set; }

    /// <summary>The regex to match with, where the build compiled the patterns ahead of time.</summary>
    internal Regex? Prebuilt { get; set; }
}
