using BounceTools.Knowledge;
using Xunit;

namespace BounceTools.Tests.Knowledge;

/// <summary>The codes behind most real bounces carry a full knowledge page.</summary>
public sealed class FullEntryTests
{
    public static TheoryData<string> CommonCodes() => new()
    {
        "5.1.0", "5.1.1", "5.1.2", "5.1.3", "5.1.6", "5.1.8", "5.1.10", "5.2.0", "5.2.1", "4.2.2", "5.2.2",
        "5.2.3", "5.3.0", "5.3.4", "5.4.1", "4.4.1", "4.4.2", "5.4.4", "4.4.7", "5.4.6", "5.5.0", "5.5.1",
        "5.6.0", "4.7.0", "5.7.0", "4.7.1", "5.7.1", "5.7.23", "5.7.25", "5.7.26", "5.7.27", "5.7.28",
        "421", "450", "451", "452", "550", "551", "552", "553", "554",
    };

    [Theory]
    [MemberData(nameof(CommonCodes))]
    public void Has_a_full_entry(string code)
    {
        var entry = Assert.Single(KnowledgeBase.Default.Find(code));
        Assert.True(entry.Causes.Count >= 3, $"{code}: {entry.Causes.Count} causes");
        Assert.NotEmpty(entry.SenderSteps);
        Assert.NotEmpty(entry.AdminSteps);
        Assert.NotEmpty(entry.Wording);
        Assert.Contains(entry.Related, related => related.Relation != CodeRelation.ProviderVariant);
        var example = Assert.IsType<DsnExample>(entry.DsnExample);
        Assert.Equal(code, example.Status);
        Assert.Equal(code[0] == '4' ? "delayed" : "failed", example.Action);
        Assert.False(string.IsNullOrWhiteSpace(example.DiagnosticCode));
    }

    [Theory]
    [MemberData(nameof(CommonCodes))]
    public void Its_typical_wording_explains_back_to_it(string code)
    {
        var entry = Assert.Single(KnowledgeBase.Default.Find(code));
        foreach (var wording in entry.Wording.Where(text => text.Contains(code)))
            Assert.Contains(KnowledgeBase.Default.Explain(wording), explained => explained.Code == code && explained.Provider is null);
    }

    [Fact]
    public void The_hard_bounce_flag_follows_the_reason()
    {
        Assert.True(Assert.Single(KnowledgeBase.Default.Find("5.1.1")).IsHardBounce);
        Assert.True(Assert.Single(KnowledgeBase.Default.Find("5.1.2")).IsHardBounce);
        Assert.False(Assert.Single(KnowledgeBase.Default.Find("5.2.2")).IsHardBounce);
        Assert.False(Assert.Single(KnowledgeBase.Default.Find("5.7.1")).IsHardBounce);
    }
}
