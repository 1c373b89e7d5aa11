using System.Reflection;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class PhraseRuleTests
{
    [Theory]
    [InlineData(@"\b(?:no such user|unknown user)\b", new[] { @"\b(?:no such user)\b", @"\b(?:unknown user)\b" })]
    [InlineData(@"over ?quota|quota exceeded", new[] { "over ?quota", "quota exceeded" })]
    [InlineData(@"^(?:[45]\d\d )?(?:blocked|denied)", new[] { @"^(?:[45]\d\d )?(?:blocked|denied)" })]
    [InlineData(@"\b(?:sender|from) address (?:blocked|listed)", new[] { @"\b(?:sender|from) address (?:blocked|listed)" })]
    [InlineData(@"(?:mailbox|inbox)? full", new[] { @"(?:mailbox|inbox)? full" })]
    public void Opens_a_group_only_when_plain_text_surrounds_it(string pattern, string[] branches) =>
        Assert.Equal(branches, PhraseBranches.Of(pattern));

    /// <summary>
    /// Opening a pattern into its alternatives and declining texts without their words must never
    /// change an answer: every rule of every embedded table, over the diagnostic text of every
    /// fixture and every real-world phrase, answers as its whole pattern does.
    /// </summary>
    [Fact]
    public void Every_rule_answers_as_its_whole_pattern()
    {
        var diagnostics = Directory.EnumerateFiles(Path.Combine(Fixtures.Root, "formats"), "*.eml", SearchOption.AllDirectories)
            .SelectMany(file => BounceParser.ParseFile(file).Records)
            .Select(record => record.DiagnosticCode)
            .Concat(File.ReadLines(Path.Combine(Fixtures.Root, "phrases", "diagnostics.tsv")).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t')[0]));
        var texts = diagnostics
            .SelectMany(text => new[] { text, text.ToUpperInvariant() })
            .Where(text => text.Length > 0)
            .Distinct()
            .Select(text => new PhraseText(text))
            .ToList();
        Assert.NotEmpty(texts);

        var assembly = typeof(BounceParser).Assembly;
        var rules = assembly.GetManifestResourceNames()
            .Where(name => name.Contains("Rules") && name.EndsWith(".tsv", StringComparison.Ordinal))
            .SelectMany(name => ReadPatterns(assembly, name))
            .Select(pattern => new PhraseRule(BounceReason.Undefined, pattern))
            .ToList();
        Assert.True(rules.Count > 300, $"only {rules.Count} rules");

        var matches = 0;
        foreach (var rule in rules)
        {
            var whole = new Regex(rule.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            foreach (var text in texts)
            {
                var expected = whole.IsMatch(text.Text);
                Assert.True(expected == rule.IsMatch(text), $"/{rule.Pattern}/ {(expected ? "matches" : "does not match")} as a whole but not as the rule reads it: {text.Text}");
                matches += expected ? 1 : 0;
            }
        }
        Assert.True(matches > 500, $"only {matches} matches: the texts do not exercise the rules");
    }

    private static IEnumerable<string> ReadPatterns(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#' && line.Split('\t') is { Length: > 1 } columns && !resource.EndsWith("status-reasons.tsv", StringComparison.Ordinal) && !resource.EndsWith("providers.tsv", StringComparison.Ordinal))
                yield return columns[1];
    }
}
