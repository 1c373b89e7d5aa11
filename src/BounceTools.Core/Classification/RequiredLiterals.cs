using System;
using System.Collections.Generic;
using System.Text;

namespace BounceTools.Classification;

/// <summary>
/// Reads a phrase pattern for words that any match must contain: "\b(?:no such user|unknown user)"
/// needs "no such user" or "unknown user". Checking those with IndexOf first lets most rules
/// decline a text without running their regular expression. Returns null whenever the pattern is
/// not plainly of that shape, so a rule without literals is simply always run.
/// </summary>
internal static class RequiredLiterals
{
    private const int MinLength = 3;

    public static string[]? Of(string pattern)
    {
        var literals = new List<string>();
        foreach (var branch in TopLevelBranches(pattern))
        {
            var required = OfBranch(branch);
            if (required == null)
                return null;
            literals.AddRange(required);
        }
        return literals.Count > 0 ? literals.ToArray() : null;
    }

    private static List<string>? OfBranch(string branch)
    {
        while (branch.StartsWith(@"\b", StringComparison.Ordinal) || branch.StartsWith("^", StringComparison.Ordinal))
            branch = branch.Substring(branch[0] == '^' ? 1 : 2);
        if (branch.Length == 0)
            return null;
        if (branch[0] == '(')
        {
            var close = ClosingParen(branch, 0);
            if (close < 0 || IsOptional(branch, close + 1))
                return null;
            var inner = branch.Substring(1, close - 1);
            if (inner.StartsWith("?:", StringComparison.Ordinal))
                inner = inner.Substring(2);
            else if (inner.StartsWith("?", StringComparison.Ordinal))
                return null;
            var all = new List<string>();
            foreach (var sub in TopLevelBranches(inner))
            {
                var required = OfBranch(sub);
                if (required == null)
                    return null;
                all.AddRange(required);
            }
            return all;
        }
        var literal = LeadingLiteral(branch);
        return literal.Length >= MinLength ? new List<string> { literal } : null;
    }

    /// <summary>The plain characters a branch starts with; a character followed by an optional quantifier does not count.</summary>
    private static string LeadingLiteral(string branch)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < branch.Length; i++)
        {
            var c = branch[i];
            if (c == '\\')
            {
                if (i + 1 < branch.Length && IsEscapedLiteral(branch[i + 1]))
                {
                    literal.Append(branch[++i]);
                    continue;
                }
                break;
            }
            if (c == '?' || c == '*' || c == '{')
            {
                if (literal.Length > 0)
                    literal.Length--;
                break;
            }
            if (c == '+' || !IsPlain(c))
                break;
            literal.Append(c);
        }
        return literal.ToString();
    }

    private static bool IsPlain(char c) =>
        c < 128 && (char.IsLetterOrDigit(c) || " '-:,/<>@=_\"#;%&!~`".IndexOf(c) >= 0);

    private static bool IsEscapedLiteral(char c) => c < 128 && ".-'[]()/{}+*?|^$\\#:<>@=_\"".IndexOf(c) >= 0;

    private static bool IsOptional(string pattern, int at) =>
        at < pattern.Length && (pattern[at] == '?' || pattern[at] == '*' || (pattern[at] == '{' && at + 1 < pattern.Length && pattern[at + 1] == '0'));

    private static IEnumerable<string> TopLevelBranches(string pattern)
    {
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { inClass = c != ']'; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0)
            {
                yield return pattern.Substring(start, i - start);
                start = i + 1;
            }
        }
        yield return pattern.Substring(start);
    }

    private static int ClosingParen(string pattern, int open)
    {
        var depth = 0;
        var inClass = false;
        for (var i = open; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { inClass = c != ']'; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }
}
