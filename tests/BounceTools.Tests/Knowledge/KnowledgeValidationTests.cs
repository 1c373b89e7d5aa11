using BounceTools.Knowledge;
using Xunit;

namespace BounceTools.Tests.Knowledge;

/// <summary>The build runs <see cref="KnowledgeBase.Validate()"/>; these tests show it catches bad data.</summary>
public sealed class KnowledgeValidationTests
{
    private const string Structure = """
        [class 2]
        title: Success
        meaning: ok
        [class 4]
        title: Transient
        meaning: later
        [class 5]
        title: Permanent
        meaning: never
        [subject 0]
        title: Other
        meaning: m
        [subject 1]
        title: Addressing
        meaning: m
        [subject 2]
        title: Mailbox
        meaning: m
        [subject 3]
        title: System
        meaning: m
        [subject 4]
        title: Network
        meaning: m
        [subject 5]
        title: Protocol
        meaning: m
        [subject 6]
        title: Content
        meaning: m
        [subject 7]
        title: Policy
        meaning: m
        [reply 2xx]
        title: a
        meaning: m
        [reply 3xx]
        title: a
        meaning: m
        [reply 4xx]
        title: a
        meaning: m
        [reply 5xx]
        title: a
        meaning: m
        [reply x0x]
        title: a
        meaning: m
        [reply x1x]
        title: a
        meaning: m
        [reply x2x]
        title: a
        meaning: m
        [reply x3x]
        title: a
        meaning: m
        [reply x4x]
        title: a
        meaning: m
        [reply x5x]
        title: a
        meaning: m
        """;

    private const string GoodEnhanced = """
        [X.1.1]
        title: Bad destination mailbox address
        ref: RFC 3463
        replies: 550
        classes: 4 5
        reason: UserUnknown
        key: No such mailbox.
        meaning: The mailbox does not exist.
        """;

    private const string GoodReply = """
        [550]
        title: Requested action not taken: mailbox unavailable
        ref: RFC 5321
        reason: Rejected
        key: Refused.
        meaning: Refused for good.
        related: SeeAlso 5.1.1
        """;

    [Fact]
    public void The_embedded_data_is_valid() => Assert.Empty(KnowledgeBase.Validate());

    [Fact]
    public void Minimal_good_data_is_valid() => Assert.Empty(Validate(GoodEnhanced, GoodReply));

    [Theory]
    [InlineData("reason: UserUnknown", "reason: NoSuchReason", "is not a BounceReason")]
    [InlineData("title: Bad destination mailbox address\n", "", "missing 'title'")]
    [InlineData("classes: 4 5", "classes: 3", "'classes' must list")]
    [InlineData("replies: 550", "replies: 5500", "is not a reply code")]
    [InlineData("key: No such mailbox.", "keyy: No such mailbox.", "unknown key 'keyy'")]
    [InlineData("key: No such mailbox.", "key:", "has no value")]
    [InlineData("[X.1.1]", "[X.1.1]\nrelated: SeeAlso X.9.9", "related code '4.9.9' is not in the knowledge base")]
    public void Reports_a_broken_enhanced_record(string good, string bad, string error) =>
        Assert.Contains(Validate(GoodEnhanced.Replace(good, bad), GoodReply), line => line.Contains(error));

    [Fact]
    public void Reports_a_half_written_full_entry()
    {
        var partial = GoodEnhanced + "\n[5.1.1]\ncause: A typo.\ncause: A deleted mailbox.\n";
        var errors = Validate(partial, GoodReply);
        Assert.Contains(errors, line => line.Contains("at least 3 causes"));
        Assert.Contains(errors, line => line.Contains("'sender', 'admin' and 'wording'"));
        Assert.Contains(errors, line => line.Contains("'dsn-action' and 'dsn-diagnostic'"));
    }

    [Fact]
    public void Reports_a_class_record_without_its_neutral_record() =>
        Assert.Contains(Validate(GoodEnhanced + "\n[5.2.2]\nkey: Full.\n", GoodReply), line => line.Contains("no class-neutral X.2.2"));

    [Fact]
    public void Reports_duplicate_reply_codes() =>
        Assert.Contains(Validate(GoodEnhanced, GoodReply + "\n" + GoodReply), line => line.Contains("appears once"));

    [Fact]
    public void Reports_a_provider_the_detector_cannot_name()
    {
        var provider = "[provider]\nname: Nowhere Mail\nref: https://example.com\n[550 5.1.1]\nstatus: 5.1.1\ntitle: Unknown user\nmeaning: No such user.\npermanence: Permanent\nreason: UserUnknown\n";
        Assert.Contains(Validate(GoodEnhanced, GoodReply, ("provider-nowhere.txt", provider)), line => line.Contains("not in Rules/providers.tsv"));
    }

    [Fact]
    public void Reports_a_provider_entry_that_text_could_never_match()
    {
        var provider = "[provider]\nname: Gmail\nref: https://example.com\n[mystery]\ntitle: Mystery\nmeaning: Unknown.\npermanence: Permanent\nreason: Rejected\n";
        Assert.Contains(Validate(GoodEnhanced, GoodReply, ("provider-gmail.txt", provider)), line => line.Contains("needs a 'status', a 'tag' or a 'marker'"));
    }

    [Fact]
    public void Reports_unexpected_files_and_lines()
    {
        var errors = Validate(GoodEnhanced, GoodReply, ("notes.txt", "[x]\nkey: value\n"));
        Assert.Contains(errors, line => line.Contains("notes.txt: not a knowledge file name"));
        Assert.Contains(Validate("stray line\n" + GoodEnhanced, GoodReply), line => line.Contains("expected '[header]'"));
    }

    private static IReadOnlyList<string> Validate(string enhanced, string reply, params (string Name, string Text)[] more)
    {
        var files = new Dictionary<string, string>
        {
            ["code-structure.txt"] = Structure,
            ["enhanced-codes.txt"] = enhanced,
            ["reply-codes.txt"] = reply,
        };
        foreach (var (name, text) in more)
            files[name] = text;
        return KnowledgeBase.Validate(files);
    }
}
