using BounceTools.Knowledge;
using Xunit;

namespace BounceTools.Tests.Knowledge;

public sealed class ProviderEntryTests
{
    private static KnowledgeBase Knowledge => KnowledgeBase.Default;

    [Theory]
    [InlineData("Gmail", 55)]
    [InlineData("Microsoft 365", 69)]
    [InlineData("Exchange", 15)]
    [InlineData("Outlook.com", 15)]
    [InlineData("Yahoo/AOL", 15)]
    [InlineData("Apple iCloud", 12)]
    [InlineData("Spamhaus", 12)]
    [InlineData("Orange", 23)]
    public void Has_every_documented_code_of_the_provider(string provider, int count) =>
        Assert.Equal(count, Knowledge.Entries.Count(entry => entry.Provider == provider));

    [Theory]
    [InlineData("S3150", "Outlook.com", CodeKind.ProviderTag)]
    [InlineData("s3140", "Outlook.com", CodeKind.ProviderTag)]
    [InlineData("RP-001", "Outlook.com", CodeKind.ProviderTag)]
    [InlineData("TSS04", "Yahoo/AOL", CodeKind.ProviderTag)]
    [InlineData("TS02", "Yahoo/AOL", CodeKind.ProviderTag)]
    [InlineData("HME1", "Apple iCloud", CodeKind.ProviderTag)]
    [InlineData("127.0.0.4", "Spamhaus", CodeKind.ProviderTag)]
    [InlineData("127.0.1.104", "Spamhaus", CodeKind.ProviderTag)]
    [InlineData("OFR_506", "Orange", CodeKind.ProviderTag)]
    [InlineData("LPN000_630", "Orange", CodeKind.ProviderTag)]
    [InlineData("ofr005_505", "Orange", CodeKind.ProviderTag)]
    public void Finds_provider_tags(string code, string provider, CodeKind kind)
    {
        var entry = Assert.Single(Knowledge.Find(code));
        Assert.Equal(provider, entry.Provider);
        Assert.Equal(kind, entry.Kind);
    }

    [Theory]
    [InlineData("5.7.620", "Microsoft 365", "5.7.606-649")]
    [InlineData("4.7.32", "Gmail", "421 4.7.32")]
    [InlineData("5.7.999", "Exchange", "5.7.900-999")]
    [InlineData("4.4.316", "Microsoft 365", "4.4.316")]
    public void Explains_unregistered_provider_codes_first_then_gives_the_providers_meaning(string code, string provider, string providerCode)
    {
        var entries = Knowledge.Find(code);
        Assert.Equal((code, false, (string?)null), (entries[0].Code, entries[0].IsRegistered, entries[0].Provider));
        Assert.Contains(entries, entry => entry.Provider == provider && entry.ProviderCode == providerCode && entry.Kind == CodeKind.ProviderCode);
    }

    [Fact]
    public void Keeps_the_provider_meaning_beside_the_registry_meaning()
    {
        var registry = Assert.Single(Knowledge.Find("5.7.30"));
        var gmail = Assert.Single(Knowledge.Find("5.7.30", "Gmail"));
        Assert.Equal("REQUIRETLS support required", registry.Title);
        Assert.Equal("REQUIRETLS support required", gmail.RegistryTitle);
        Assert.Contains("DKIM", gmail.Title);
        Assert.Contains(registry.Related, related => related.Relation == CodeRelation.ProviderVariant && related.Provider == "Gmail" && related.Code == gmail.ProviderCode);
        Assert.Contains(gmail.Related, related => related.Relation == CodeRelation.SeeAlso && related.Code == "5.7.30");
    }

    [Fact]
    public void Microsoft_submission_quota_is_not_a_full_mailbox()
    {
        var microsoft = Assert.Single(Knowledge.Find("5.2.2", "Microsoft 365"));
        Assert.Equal(BounceReason.Speeding, microsoft.Reason);
        Assert.Equal(BounceReason.MailboxFull, Assert.Single(Knowledge.Find("5.2.2")).Reason);
    }

    [Fact]
    public void Marks_codes_outside_the_registry()
    {
        Assert.False(Assert.Single(Knowledge.Find("4.7.32", "Gmail")).IsRegistered);
        Assert.Equal("Not in the IANA registry", Assert.Single(Knowledge.Find("4.7.32", "Gmail")).RegistryTitle);
        Assert.True(Assert.Single(Knowledge.Find("5.1.1", "Gmail")).IsRegistered);
    }

    [Fact]
    public void Narrows_by_provider_with_wildcards() =>
        Assert.Equal(new[] { "Apple iCloud" }, Knowledge.Find("5.7.1", "*icloud").Select(entry => entry.Provider).Distinct());

    [Fact]
    public void Every_entry_has_provider_independent_facts()
    {
        Assert.All(Knowledge.Entries.Where(entry => entry.Provider is not null), entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Title));
            Assert.False(string.IsNullOrWhiteSpace(entry.Meaning));
            Assert.NotEmpty(entry.References);
        });
    }
}
