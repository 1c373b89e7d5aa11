using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>A Subject that answers an earlier message ("Re: ...", "AW: ...", "SV: ..."), as people write, not mail systems.</summary>
internal static class ReplySubject
{
    private static readonly Regex Prefix = TextPatterns.Create(@"^\s*(?:re|aw|sv|antw|odp|vs)\s*:");

    public static bool Is(string subject) => Prefix.SafeIsMatch(subject);
}
