using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Parsing;

/// <summary>
/// Gateways on the way mark the Subject in front: "[EXTERNAL] ", "[SPAM] ", "***SPAM*** ",
/// "{Suspected Spam} ", "[CAUTION: External Sender] ". The notice's own Subject ("Undeliverable
/// Mail", "Re: ...") is what follows them. A list's "[users] " is not theirs: some notices repeat
/// the Subject of the message that failed, list tag and all.
/// </summary>
internal static class SubjectTags
{
    private const string Marking = @"[^\[\]{}*\r\n]{0,20}\b(?:external|ext|spam|suspect(?:ed)?|suspicious|caution|warning|bulk|junk|phish(?:ing)?|virus|unverified)\b[^\[\]{}*\r\n]{0,20}";

    private static readonly Regex Tags = TextPatterns.Create(
        @"^\s*(?:(?:\[" + Marking + @"\]|\{" + Marking + @"\}|\*{1,5}" + Marking + @"\*{1,5})\s*)+");

    public static string Strip(string subject)
    {
        var at = 0;
        while (at < subject.Length && char.IsWhiteSpace(subject[at]))
            at++;
        if (at == subject.Length || subject[at] is not ('[' or '{' or '*'))
            return subject;
        var tags = Tags.SafeMatch(subject);
        return tags.Success ? subject.Substring(tags.Length) : subject;
    }
}
