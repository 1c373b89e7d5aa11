using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData(@"\b(?:no such user|unknown user)\b", new[] { "no such user", "unknown user" })]
    [InlineData(@"mailbox (?:is )?full", new[] { "mailbox " })]
    [InlineData(@"\bover ?quota", new[] { "quota" })]
    [InlineData(@"e-?mail address", new[] { "mail address" })]
    [InlineData(@"\b(?:on|in) the list", new[] { " the list" })]
    [InlineData(@"(?:mailbox )?full", new[] { "full" })]
    [InlineData(@"user unknown|no such mailbox", new[] { "user unknown", "no such mailbox" })]
    [InlineData(@"\b(?:spf|dkim|dmarc)\b.{0,100}fail", new[] { "fail" })]
    [InlineData(@"\brelay(?:ing)? denied", new[] { " denied" })]
    [InlineData(@"\d{3} user unknown", new[] { " user unknown" })]
    [InlineData(@"domain isn\'t allowed", new[] { "domain isn't allowed" })]
    [InlineData(@"\b(?:on|in) (?:the |an? )?(?:account[- ]level |global )?suppression list\b", new[] { "suppression list" })]
    [InlineData(@"\b(?<code>[45]\d\d) (?:no such user|user unknown)", new[] { "no such user", "user unknown" })]
    [InlineData(@"\bquota(?! exceeded)", new[] { "quota" })]
    [InlineData(@"mailbox\s+full|(?:on|in) list", new[] { "mailbox", " list" })]
    [InlineData(@"mailbox\s+full|\d+ x", null)]
    [InlineData(@"\u00e9t\u00e9 refus\u00e9", null)]
    [InlineData(@"(?:a|b)+c", null)]
    [InlineData(@"\b(?:boîte pleine|ящик переполнен)", new[] { "boîte pleine", "ящик переполнен" })]
    [InlineData(@"\bκουτί γεμάτο", null)]
    [InlineData(@"^\s*(?:自動返信|자동 응답)", new[] { "自動返信", "자동 응답" })]
    public void Finds_the_words_every_match_needs(string pattern, string[]? expected) =>
        Assert.Equal(expected, RequiredLiterals.Of(pattern));

    [Fact]
    public void Names_a_set_for_each_part_a_match_cannot_skip()
    {
        var sets = RequiredLiterals.AllOf(@"\b(?:sender|from) (?:address|domain) \[?[^\s\]]+\]? (?:is )?(?:blocked|listed)\b");
        Assert.Equal(3, sets.Length);
        Assert.Contains(sets, words => words.SequenceEqual(new[] { "blocked", "listed" }));
        Assert.Contains(sets, words => words.SequenceEqual(new[] { "address", "domain" }));
        Assert.Contains(sets, words => words.SequenceEqual(new[] { "sender", "from" }));
    }

    [Theory]
    [InlineData(@"user unknown|no such mailbox", 1)]
    [InlineData(@"mailbox\s+full", 2)]
    [InlineData(@"\d{3}\s+\d", 0)]
    [InlineData(@"\b(?:mailbox (?:is )?full)\b", 2)]
    public void Counts_the_sets(string pattern, int count) => Assert.Equal(count, RequiredLiterals.AllOf(pattern).Length);
}
