using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace BounceTools.Classification;

/// <summary>
/// Reads a phrase pattern for words that any match must contain: "\b(?:no such user|unknown user)"
/// needs "no such user" or "unknown user", and "(?:on|in) (?:the )?suppression list" needs
/// "suppression list". Checking those with IndexOf first lets most rules decline a text without
/// running their regular expression. Of the parts every match must pass through, the one with the
/// longest words is chosen. Returns null whenever no part is plainly of that shape, so a rule
/// without literals is simply always run.
/// </summary>
internal static class RequiredLiterals
{
    private const int MinLength = 3;

    // Escapes that stand for one character of a class or for a position, never for a literal.
    private const string ClassOrPositionEscapes = "bBsSdDwWAzZGnrtfve";

    public static string[]? Of(string pattern) => AnyOf(pattern)?.ToArray();

    /// <summary>
    /// Sets of words that a match must each hit: one set per part of the pattern that no match can
    /// skip ("(?:sender|from) address \S+ (?:blocked|listed)" needs a word of each of its three
    /// parts), the most telling first. A pattern of several top-level branches gives one set, as
    /// <see cref="Of"/>; an empty array when nothing is known.
    /// </summary>
    public static string[][] AllOf(string pattern)
    {
        var branches = TopLevelBranches(pattern).ToList();
        if (branches.Count > 1)
            return Of(pattern) is { } union ? new[] { union } : Array.Empty<string[]>();
        var parts = PartsOf(branches[0]);
        return parts == null
            ? Array.Empty<string[]>()
            : parts.OrderByDescending(ShortestOf).Select(part => part.ToArray()).ToArray();
    }

    /// <summary>For an alternation: the union of what each branch needs, or null if one needs nothing known.</summary>
    private static List<string>? AnyOf(string pattern)
    {
        var literals = new List<string>();
        foreach (var branch in TopLevelBranches(pattern))
        {
            var required = OfSequence(branch);
            if (required == null)
                return null;
            literals.AddRange(required);
        }
        return literals.Count > 0 ? literals : null;
    }

    /// <summary>For one branch: the most telling literals among its parts that cannot be skipped.</summary>
    private static List<string>? OfSequence(string branch) =>
        PartsOf(branch)?.OrderByDescending(ShortestOf).FirstOrDefault();

    /// <summary>
    /// The literal sets of the parts of one branch that no match can skip, or null when the branch
    /// holds a construct that is not read (and so may hide anything).
    /// </summary>
    private static List<List<string>>? PartsOf(string branch)
    {
        var parts = new List<List<string>>();
        var run = new StringBuilder();

        void Consider(List<string>? candidate)
        {
            if (candidate != null)
                parts.Add(candidate);
        }

        void EndRun()
        {
            if (run.Length >= MinLength)
                Consider(new List<string> { run.ToString() });
            run.Clear();
        }

        var i = 0;
        while (i < branch.Length)
        {
            var c = branch[i];
            if (c == '(')
            {
                var close = ClosingParen(branch, i);
                if (close < 0)
                    return null;
                EndRun();
                if (!IsOptional(branch, close + 1) && GroupBody(branch.Substring(i + 1, close - i - 1)) is { } body)
                {
                    // A group of one sequence ("(?:mailbox (?:is )?full)") needs each of its own parts.
                    if (TopLevelBranches(body).Skip(1).Any())
                        Consider(AnyOf(body));
                    else if (PartsOf(body) is { } inner)
                        parts.AddRange(inner);
                }
                i = AfterQuantifier(branch, close + 1);
                continue;
            }
            if (c == '[')
            {
                EndRun();
                i = AfterQuantifier(branch, ClassEnd(branch, i) + 1);
                continue;
            }
            var length = 1;
            if (c == '\\')
            {
                if (i + 1 >= branch.Length)
                    return null;
                var escaped = branch[i + 1];
                if (!IsEscapedLiteral(escaped))
                {
                    if (ClassOrPositionEscapes.IndexOf(escaped) < 0)
                        return null; // \u, \x, \p, back-references: not worth reading
                    EndRun();
                    i = AfterQuantifier(branch, i + 2);
                    continue;
                }
                c = escaped;
                length = 2;
            }
            else if (!IsPlain(c))
            {
                EndRun();
                i = AfterQuantifier(branch, i + 1);
                continue;
            }

            var next = i + length;
            if (IsOptional(branch, next))
            {
                EndRun();
                i = AfterQuantifier(branch, next);
                continue;
            }
            run.Append(c);
            if (next < branch.Length && (branch[next] == '+' || branch[next] == '{'))
            {
                // Present at least once, but what follows may repeat it: the run ends here.
                EndRun();
                i = AfterQuantifier(branch, next);
                continue;
            }
            i = next;
        }
        EndRun();
        return parts;
    }

    private static int ShortestOf(List<string> literals)
    {
        var shortest = int.MaxValue;
        foreach (var literal in literals)
            shortest = Math.Min(shortest, literal.Length);
        return shortest;
    }

    /// <summary>The alternatives inside a group, or null for a group that consumes nothing sure (lookarounds, options).</summary>
    private static string? GroupBody(string inner)
    {
        if (!inner.StartsWith("?", StringComparison.Ordinal))
            return inner;
        if (inner.StartsWith("?:", StringComparison.Ordinal))
            return inner.Substring(2);
        if (inner.StartsWith("?<", StringComparison.Ordinal) && inner.Length > 2 && inner[2] != '=' && inner[2] != '!')
        {
            var name = inner.IndexOf('>');
            return name < 0 ? null : inner.Substring(name + 1);
        }
        return null;
    }

    /// <summary>Past a quantifier (and its lazy mark) at <paramref name="at"/>, if there is one.</summary>
    private static int AfterQuantifier(string pattern, int at)
    {
        if (at >= pattern.Length)
            return at;
        if (pattern[at] == '{')
        {
            var close = pattern.IndexOf('}', at);
            at = close < 0 ? pattern.Length : close + 1;
        }
        else if (pattern[at] == '?' || pattern[at] == '*' || pattern[at] == '+')
        {
            at++;
        }
        else
        {
            return at;
        }
        return at < pattern.Length && pattern[at] == '?' ? at + 1 : at;
    }

    private static int ClassEnd(string pattern, int open)
    {
        for (var i = open + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] == ']' && i > open + 1)
                return i;
        }
        return pattern.Length - 1;
    }

    private static bool IsPlain(char c) =>
        c < 128 ? char.IsLetterOrDigit(c) || " '-:,/<>@=_\"#;%&!~`".IndexOf(c) >= 0 : IsSimplyCasedLetter(c) || IsUncasedLetter(c);

    /// <summary>Japanese kana, Chinese and Japanese ideographs and Korean syllables ("自動返信", "자동 응답") have no case at all.</summary>
    private static bool IsUncasedLetter(char c) =>
        (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3');

    /// <summary>
    /// Accented Latin and Cyrillic letters ("boîte", "ящик"): lower-casing maps their capitals onto
    /// them one to one, as the regex's case-blind match does. Greek (final sigma) and the letters
    /// with special case rules elsewhere are left out.
    /// </summary>
    private static bool IsSimplyCasedLetter(char c) =>
        char.IsLetter(c) && ((c >= '\u00C0' && c <= '\u024F' && c != '\u0130' && c != '\u0131' && c != '\u017F') || (c >= '\u0400' && c <= '\u04FF'));

    private static bool IsEscapedLiteral(char c) => c < 128 && ".-'[]()/{}+*?|^$\\#:<>@=_\"".IndexOf(c) >= 0;

    private static bool IsOptional(string pattern, int at) =>
        at < pattern.Length && (pattern[at] == '?' || pattern[at] == '*' || (pattern[at] == '{' && at + 1 < pattern.Length && pattern[at + 1] == '0'));

    internal static IEnumerable<string> TopLevelBranches(string pattern)
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

    internal static int ClosingParen(string pattern, int open)
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
