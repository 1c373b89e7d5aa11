using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>
/// Broken variants of every fixture give a report or a BounceParseException, never another
/// exception. Cases are generated with fixed seeds, so a failure names a reproducible input.
/// </summary>
public sealed class FixtureMutationTests
{
    public static TheoryData<string> AllFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Fixtures.Root, "formats"), "*.eml", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(Fixtures.Root, path));
        return data;
    }

    [Theory]
    [InlineData("two-recipients.eml")]
    [InlineData("utf8-address.eml")]
    public void Truncation_at_every_byte(string sample) =>
        AssertAllDocumented(FixtureMutations.TruncatedAtEveryByte(File.ReadAllBytes(Fixtures.Sample(sample))));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Truncation_at_line_boundaries(string fixture) =>
        AssertAllDocumented(FixtureMutations.TruncatedAtBoundaries(Read(fixture)));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Byte_flips(string fixture) =>
        AssertAllDocumented(FixtureMutations.ByteFlips(Read(fixture), count: 300, seed: fixture.Length));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Nul_bytes(string fixture) =>
        AssertAllDocumented(FixtureMutations.NulBytes(Read(fixture)));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Duplicated_and_missing_boundaries(string fixture) =>
        AssertAllDocumented(FixtureMutations.Boundaries(Read(fixture)));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Invalid_base64_and_quoted_printable(string fixture) =>
        AssertAllDocumented(FixtureMutations.BadTransferEncodings(Read(fixture)));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Invalid_and_unknown_charsets(string fixture) =>
        AssertAllDocumented(FixtureMutations.Charsets(Read(fixture)));

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Eight_bit_headers(string fixture) =>
        AssertAllDocumented(FixtureMutations.EightBitHeaders(Read(fixture)));

    [Fact]
    public void Mutations_change_the_outcome_of_some_fixture()
    {
        // Guards the generators: a mutation that never changes the MIME structure tests nothing.
        // (The parser itself is meant to survive them, so its output cannot be the yardstick.)
        var original = File.ReadAllBytes(Fixtures.Sample("two-recipients.eml"));
        var expected = PartCount(original);
        Assert.Contains(FixtureMutations.Boundaries(original), m => PartCount(m.Message) != expected);
    }

    private static int PartCount(byte[] message) =>
        MimeKit.MimeMessage.Load(new MemoryStream(message)).BodyParts.Count();

    private static byte[] Read(string fixture) => File.ReadAllBytes(Fixtures.File(fixture));

    private static void AssertAllDocumented(IEnumerable<(string Label, byte[] Message)> mutations)
    {
        var count = 0;
        foreach (var (label, message) in mutations)
        {
            ParseOutcome.Of(message, label);
            count++;
        }
        Assert.True(count > 0, "no mutation was generated");
    }
}
