using BounceTools.Knowledge;
using Xunit;

namespace BounceTools.Tests.Knowledge;

public sealed class LookupTests
{
    private static KnowledgeBase Knowledge => KnowledgeBase.Default;

    [Fact]
    public void Wildcards_match_registry_codes()
    {
        var codes = Knowledge.Find("5.7.*").Select(entry => entry.Code).ToList();
        Assert.Equal(31, codes.Count);
        Assert.All(codes, code => Assert.StartsWith("5.7.", code));
    }

    [Fact]
    public void Wildcards_match_reply_codes() =>
        Assert.Equal(new[] { "550", "551", "552", "553", "554", "555", "556" }, Knowledge.Find("55?").Select(entry => entry.Code).Order());

    [Fact]
    public void Wildcards_fall_back_to_provider_tags_when_no_registry_code_matches() =>
        Assert.Equal(new[] { "421 RP-001", "421 RP-002", "421 RP-003" }, Knowledge.Find("RP-*").Select(entry => entry.ProviderCode));

    [Fact]
    public void Wildcards_with_a_provider_return_that_providers_entries()
    {
        var entries = Knowledge.Find("5.7.5*", "Microsoft 365");
        Assert.Contains(entries, entry => entry.Code == "5.7.509" && entry.ProviderCode == "5.7.509");
        Assert.All(entries, entry => Assert.Equal("Microsoft 365", entry.Provider));
    }

    [Fact]
    public void An_exact_code_returns_the_registry_entry_only()
    {
        var entry = Assert.Single(Knowledge.Find("5.7.1"));
        Assert.Null(entry.Provider);
        Assert.Contains(entry.Related, related => related.Relation == CodeRelation.ProviderVariant && related.Provider == "Gmail");
    }

    [Fact]
    public void A_provider_narrows_to_its_variants() =>
        Assert.Equal(new[] { "550 5.7.1", "550 5.7.1 (RFC 5322)", "550 5.7.1 (IPv6)" }, Knowledge.Find("5.7.1", "Gmail").Select(entry => entry.ProviderCode));

    [Fact]
    public void A_reply_code_with_a_provider_returns_the_variants_sent_with_it()
    {
        var entries = Knowledge.Find("553", "Gmail");
        Assert.Equal(new[] { "553 5.1.2", "553 5.1.3", "553 5.1.7" }, entries.Select(entry => entry.ProviderCode));
    }

    [Fact]
    public void A_provider_without_the_code_returns_nothing() => Assert.Empty(Knowledge.Find("5.1.1", "Spamhaus"));

    [Fact]
    public void Search_requires_every_word_and_ranks_titles_first()
    {
        var entries = Knowledge.Search("mailbox full");
        Assert.Equal("Mailbox full", entries[0].Title);
        Assert.All(entries, entry => Assert.Contains(
            new[] { entry.Title, entry.KeyIdea, entry.Meaning }.Concat(entry.Causes), text => text.Contains("full", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Search_finds_words_in_meanings_and_causes()
    {
        var codes = Knowledge.Search("quota").Select(entry => entry.ProviderCode ?? entry.Code).ToList();
        Assert.Contains("5.2.2", codes);
        Assert.Contains("4.2.2", codes);
        Assert.Contains("552 5.2.2 user is over quota", codes);
    }

    [Fact]
    public void Search_narrows_by_provider() =>
        Assert.All(Knowledge.Search("DKIM", "Gmail"), entry => Assert.Equal("Gmail", entry.Provider));

    [Fact]
    public void Search_without_a_match_is_empty() => Assert.Empty(Knowledge.Search("xylophone"));

    [Theory]
    [InlineData("5.9.99", Permanence.Permanent, BounceReason.Undefined, "5.0.0")]
    [InlineData("5.7.999", Permanence.Permanent, BounceReason.SecurityError, "5.7.0")]
    [InlineData("4.4.99", Permanence.Transient, BounceReason.NetworkError, "4.4.0")]
    [InlineData("2.1.77", Permanence.Success, BounceReason.Undefined, "2.0.0")]
    public void Unregistered_codes_are_explained_from_class_and_subject(string code, Permanence permanence, BounceReason reason, string related)
    {
        var entry = Knowledge.Find(code)[0];
        Assert.False(entry.IsRegistered);
        Assert.Equal(code, entry.Code);
        Assert.Equal(permanence, entry.Permanence);
        Assert.Equal(reason, entry.Reason);
        Assert.Contains(entry.Related, link => link.Code == related);
        Assert.Contains("not", entry.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unregistered_subject_is_named_as_such() =>
        Assert.Contains("Subject 9 is not defined", Assert.Single(Knowledge.Find("5.9.99")).Meaning);

    [Fact]
    public void Unregistered_reply_codes_are_explained_from_their_digits()
    {
        var entry = Assert.Single(Knowledge.Find("457"));
        Assert.False(entry.IsRegistered);
        Assert.Equal(Permanence.Transient, entry.Permanence);
        Assert.Contains("Mail System", entry.Meaning);
    }

    [Theory]
    [InlineData("5.1.1", true)]
    [InlineData("5.7.999", true)]
    [InlineData("550", true)]
    [InlineData("5.7.*", true)]
    [InlineData("TSS04", true)]
    [InlineData("RP-001", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("OFR_506", true)]
    [InlineData("LPN000_630", true)]
    [InlineData("LPN105-104", true)]
    [InlineData("hello", false)]
    [InlineData("5.1", false)]
    [InlineData("6.1.1", false)]
    [InlineData("5501", false)]
    [InlineData("", false)]
    [InlineData("550 5.1.1 user unknown", false)]
    public void Tells_codes_from_other_text(string text, bool plausible) =>
        Assert.Equal(plausible, CodeSyntax.IsPlausibleCode(text));
}
