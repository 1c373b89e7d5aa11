using Xunit;

namespace BounceTools.Tests.Core;

/// <summary>
/// Ordinary mail, challenge-response requests, read receipts, TLS and DMARC aggregate reports,
/// helpdesk acknowledgements and other automatic mail that is not about a delivery: no records
/// and no error. So are a person's reply that quotes a notice and a forward that only describes
/// one; a forward that carries the notice itself is read (fixtures/formats/forwarded).
/// </summary>
public sealed class NotBounceTests
{
    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures.Root, "not-bounces"), "*.eml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Yields_no_records(string name)
    {
        var report = BounceParser.ParseFile(Path.Combine(Fixtures.Root, "not-bounces", name));

        Assert.Empty(report.Records);
        Assert.Equal(string.Empty, report.Format);
    }
}
