using System.Collections.Generic;

namespace BounceTools.Classification;

/// <summary>
/// The alternatives of a phrase pattern, each a pattern of its own that matches where the whole
/// would through that alternative: "a|b" gives "a" and "b", and "\b(?:no such user|unknown user)\b"
/// gives "\b(?:no such user)\b" and "\b(?:unknown user)\b". A rule of forty phrases whose words
/// a text lacks then runs no regex at all, and for the one phrase whose words are there, only that
/// phrase's short expression runs, not the interpreter over forty alternatives at every position.
/// Only a group with nothing but plain text or anchors around it is opened up.
/// </summary>
internal static class PhraseBranches
{
    public static List<string> Of(string pattern)
    {
        var branches = new List<string>();
        foreach (var branch in RequiredLiterals.TopLevelBranches(pattern))
            branches.AddRange(Distributed(branch));
        return branches;
    }

    private static IEnumerable<string> Distributed(string branch)
    {
        var open = branch.IndexOf('(');
        if (open < 0 || string.CompareOrdinal(branch, open, "(?:", 0, 3) != 0)
            return new[] { branch };
        var close = RequiredLiterals.ClosingParen(branch, open);
        if (close < 0)
            return new[] { branch };
        var suffix = branch.Substring(close + 1);
        if (suffix.IndexOf('(') >= 0 || (suffix.Length > 0 && suffix[0] is '?' or '*' or '+' or '{'))
            return new[] { branch };
        var alternatives = new List<string>(RequiredLiterals.TopLevelBranches(branch.Substring(open + 3, close - open - 3)));
        if (alternatives.Count < 2)
            return new[] { branch };
        var prefix = branch.Substring(0, open);
        return alternatives.ConvertAll(alternative => prefix + "(?:" + alternative + ")" + suffix);
    }
}
