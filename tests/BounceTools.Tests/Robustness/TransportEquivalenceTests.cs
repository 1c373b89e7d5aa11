using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>
/// Real mail reaches us after transport and storage have changed its form, not its content: every
/// fixture must give the same records however it arrived (see TransportVariants), and the same
/// when a person forwarded it as an attachment, except an auto-reply, which reports no failure once passed on.
/// </summary>
public sealed class TransportEquivalenceTests
{
    public static TheoryData<string> AllFixtures() => FixtureMutationTests.AllFixtures();

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Transport_does_not_change_the_records(string fixture)
    {
        var original = File.ReadAllBytes(Fixtures.File(fixture));
        var expected = Summary(BounceParser.Parse(original));
        foreach (var (label, variant) in TransportVariants.All(original))
            Assert.True(expected == Summary(BounceParser.Parse(variant)), $"{label}: expected {expected}, got {Summary(BounceParser.Parse(variant))}");
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void A_forwarded_notice_reports_the_same_failure(string fixture)
    {
        var original = File.ReadAllBytes(Fixtures.File(fixture));
        var report = BounceParser.Parse(original);
        var expected = report.Format == "RFC3834" ? string.Empty : Summary(report);
        Assert.Equal(expected, Summary(BounceParser.Parse(TransportVariants.Forwarded(original))));
    }

    [Fact]
    public void Every_variant_changes_the_message()
    {
        // Guards the generators: a variant that leaves the bytes alone tests nothing.
        var original = File.ReadAllBytes(Fixtures.Sample("two-recipients.eml"));
        Assert.All(TransportVariants.All(original), variant =>
            Assert.False(variant.Message.AsSpan().SequenceEqual(original), variant.Label + " left the message as it was"));
    }

    private static string Summary(BounceReport report) =>
        string.Join("; ", report.Records.Select(r => $"{r.Recipient} {r.Action} {r.Status} {r.ReplyCode} {r.Reason}"));
}
