using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace BounceTools.Knowledge;

/// <summary>
/// Finds the reply code and enhanced status codes in server text, in the forms servers write them:
/// <c>550 5.1.1</c>, <c>550-5.1.1</c>, <c>#5.1.1</c>, <c>Status: 5.1.1</c>, <c>smtp;550 ...</c>.
/// </summary>
internal static class DiagnosticCodes
{
    // Not preceded or followed by digits or dots, so IP addresses such as 127.0.0.2 or 10.4.4.1 are not read as codes.
    private static readonly Regex Enhanced = new(@"(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d]|\.\d)", RegexOptions.CultureInvariant);

    private static readonly Regex ReplyBeforeEnhanced = new(@"(?<![\d.])(?<reply>[2-5][0-5]\d)[ -]#?(?<status>[245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)", RegexOptions.CultureInvariant);

    // A bare reply code where servers put one: at the start of a line or after "smtp;", "said:" and the like.
    private static readonly Regex ReplyAtStart = new(@"(?:^|[;:\n]|\])[ \t]*(?<reply>[2-5][0-5]\d)(?=[ \t-]|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public static (int? ReplyCode, IReadOnlyList<StatusPattern> Statuses) Extract(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return (null, new StatusPattern[0]);

        var paired = ReplyBeforeEnhanced.Match(text);
        var reply = paired.Success ? paired.Groups["reply"].Value : ReplyAtStart.Match(text) is { Success: true } bare ? bare.Groups["reply"].Value : null;

        // The code paired with the reply code is the server's own verdict, so it goes first.
        var statuses = (paired.Success ? new[] { paired.Groups["status"].Value } : Enumerable.Empty<string>())
            .Concat(Enhanced.Matches(text).Cast<Match>().Select(match => match.Value))
            .Distinct()
            .Select(code => StatusPattern.TryParse(code)!)
            .ToList();
        return (reply is null ? null : int.Parse(reply, CultureInfo.InvariantCulture), statuses);
    }
}
