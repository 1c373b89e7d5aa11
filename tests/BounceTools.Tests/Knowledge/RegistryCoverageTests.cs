using BounceTools.Knowledge;
using Xunit;

namespace BounceTools.Tests.Knowledge;

/// <summary>
/// The registry and RFC codes are checked against lists written here, independently of the data
/// files, so a code dropped from the data fails a test.
/// </summary>
public sealed class RegistryCoverageTests
{
    // The 81 enumerated codes of the IANA enhanced status code registry (X.0.0 to X.7.30).
    private static readonly string[] EnumeratedDetails =
    {
        "0.0",
        "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10",
        "2.0", "2.1", "2.2", "2.3", "2.4",
        "3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
        "4.0", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7",
        "5.0", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6",
        "6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9", "6.10",
        "7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "7.10",
        "7.11", "7.12", "7.13", "7.14", "7.15", "7.16", "7.17", "7.18", "7.19", "7.20",
        "7.21", "7.22", "7.23", "7.24", "7.25", "7.26", "7.27", "7.28", "7.29", "7.30",
    };

    // Codes that only report success; every other code applies to the failure classes 4 and 5.
    private static readonly string[] SuccessOnlyDetails = { "1.5", "3.6" };

    // Success reports that real servers send for otherwise failure-oriented details.
    private static readonly string[] AlsoSuccessDetails = { "0.0", "1.9", "3.0", "5.0", "6.4", "7.0" };

    // RFC 5321 s4.2.3, RFC 7504, AUTH (RFC 4954), STARTTLS (RFC 3207), ETRN (RFC 1985), ODMR (RFC 2645)
    // and the reply codes the enhanced-code registry associates without an RFC defining them: 44 in all.
    private static readonly int[] ReplyCodes =
    {
        211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455,
        500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555,
        521, 556,
        235, 334, 432, 454, 530, 534, 535, 538,
        253, 458, 459, 453,
        422, 430, 523, 524, 525, 533,
    };

    private static KnowledgeBase Knowledge => KnowledgeBase.Default;

    public static TheoryData<string> FailureCodes()
    {
        var data = new TheoryData<string>();
        foreach (var detail in EnumeratedDetails.Except(SuccessOnlyDetails))
        {
            data.Add("4." + detail);
            data.Add("5." + detail);
        }
        return data;
    }

    public static TheoryData<string> SuccessCodes()
    {
        var data = new TheoryData<string>();
        foreach (var detail in SuccessOnlyDetails.Concat(AlsoSuccessDetails))
            data.Add("2." + detail);
        return data;
    }

    [Fact]
    public void The_independent_lists_have_the_registry_sizes()
    {
        Assert.Equal(81, EnumeratedDetails.Distinct().Count());
        Assert.Equal(44, ReplyCodes.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(FailureCodes))]
    public void Every_failure_code_is_registered(string code) =>
        AssertRegistered(code, CodeKind.Enhanced, code[0] == '4' ? Permanence.Transient : Permanence.Permanent);

    [Theory]
    [MemberData(nameof(SuccessCodes))]
    public void Success_codes_are_registered(string code) => AssertRegistered(code, CodeKind.Enhanced, Permanence.Success);

    [Fact]
    public void Every_reply_code_is_registered()
    {
        foreach (var code in ReplyCodes)
        {
            var expected = code >= 500 ? Permanence.Permanent : code >= 400 ? Permanence.Transient : Permanence.Success;
            AssertRegistered(code.ToString(), CodeKind.ReplyCode, expected);
        }
    }

    [Fact]
    public void The_registry_has_nothing_beyond_the_lists()
    {
        var listed = EnumeratedDetails.Select(detail => "X." + detail).ToHashSet();
        var registry = Knowledge.Entries.Where(entry => entry.Provider is null).ToList();
        Assert.All(registry.Where(entry => entry.Kind == CodeKind.Enhanced), entry => Assert.Contains("X" + entry.Code.Substring(1), listed));
        Assert.Equal(ReplyCodes.Order().Select(code => code.ToString()), registry.Where(entry => entry.Kind == CodeKind.ReplyCode).Select(entry => entry.Code).Order());
    }

    [Theory]
    [InlineData("5.1.1", "Bad destination mailbox address", "RFC 3463")]
    [InlineData("5.1.10", "Recipient address has null MX", "RFC 7505")]
    [InlineData("4.2.2", "Mailbox full", "RFC 3463")]
    [InlineData("5.7.8", "Authentication credentials invalid", "RFC 4954")]
    [InlineData("5.7.23", "SPF validation failed", "RFC 7208")]
    [InlineData("5.7.30", "REQUIRETLS support required", "RFC 8689")]
    [InlineData("550", "Requested action not taken: mailbox unavailable", "RFC 5321 s4.2.3")]
    [InlineData("556", "Domain does not accept mail", "RFC 7504")]
    public void Keeps_the_registry_title_and_reference(string code, string title, string reference)
    {
        var entry = Assert.Single(Knowledge.Find(code));
        Assert.Equal(title, entry.Title);
        Assert.Contains(reference, entry.References);
    }

    [Theory]
    [InlineData("5.6.10", CodeRelation.ReplacedBy, "5.6.8")]
    [InlineData("5.7.14", CodeRelation.Replaces, "5.7.8")]
    [InlineData("5.7.8", CodeRelation.ReplacedBy, "5.7.14")]
    [InlineData("5.7.23", CodeRelation.Replaces, "5.7.1")]
    [InlineData("5.7.24", CodeRelation.Replaces, "5.7.1")]
    [InlineData("5.7.1", CodeRelation.ReplacedBy, "5.7.23")]
    [InlineData("5.1.1", CodeRelation.OtherClass, "4.1.1")]
    [InlineData("5.7.22", CodeRelation.SeeAlso, "5.7.21")]
    public void Records_the_registry_relations(string code, CodeRelation relation, string related) =>
        Assert.Contains(Assert.Single(Knowledge.Find(code)).Related, link => link.Relation == relation && link.Code == related);

    [Fact]
    public void Notes_the_registry_facts()
    {
        Assert.Contains("deprecated", Assert.Single(Knowledge.Find("5.6.10")).Note, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("transient", Assert.Single(Knowledge.Find("5.2.2")).Note, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(new[] { 550 }, "5.1.1")]
    [InlineData(new[] { 451 }, "4.1.1")]
    [InlineData(new[] { 556 }, "5.1.10")]
    [InlineData(new[] { 552 }, "5.2.2")]
    public void Lists_the_associated_reply_codes_of_the_class(int[] replies, string code) =>
        Assert.Equal(replies, Assert.Single(Knowledge.Find(code)).ReplyCodes);

    private static void AssertRegistered(string code, CodeKind kind, Permanence permanence)
    {
        var entry = Assert.Single(Knowledge.Find(code));
        Assert.Equal(code, entry.Code);
        Assert.Equal(kind, entry.Kind);
        Assert.True(entry.IsRegistered, code);
        Assert.Null(entry.Provider);
        Assert.Equal(permanence, entry.Permanence);
        Assert.False(string.IsNullOrWhiteSpace(entry.Title), code);
        Assert.False(string.IsNullOrWhiteSpace(entry.KeyIdea), code);
        Assert.False(string.IsNullOrWhiteSpace(entry.Meaning), code);
        Assert.NotEmpty(entry.References);
    }
}
