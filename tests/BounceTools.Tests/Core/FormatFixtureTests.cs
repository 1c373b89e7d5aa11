using System.Text.Json;
using Xunit;

namespace BounceTools.Tests.Core;

/// <summary>
/// Every fixtures/formats/&lt;family&gt;/&lt;name&gt;.eml is parsed and compared with the
/// &lt;name&gt;.expected.json beside it. Adding a fixture pair adds a test; no code is needed.
/// </summary>
public sealed class FormatFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(Fixtures.Root, "formats");
        foreach (var file in Directory.EnumerateFiles(root, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_matches_expected_records(string fixture)
    {
        var path = Path.Combine(Fixtures.Root, "formats", fixture);
        var expectedPath = Path.ChangeExtension(path, ".expected.json");
        Assert.True(File.Exists(expectedPath), $"missing {Path.GetFileName(expectedPath)} beside {fixture}");
        var expected = JsonSerializer.Deserialize<ExpectedReport>(File.ReadAllText(expectedPath), JsonOptions)!;

        var report = BounceParser.ParseFile(path);

        Assert.Equal(expected.Format, report.Format);
        Assert.Equal(expected.Records.Select(r => r.Recipient), report.Records.Select(r => r.Recipient));
        foreach (var (want, got) in expected.Records.Zip(report.Records))
        {
            if (want.Action != null) Assert.Equal(want.Action, got.Action);
            if (want.Status != null) Assert.Equal(want.Status, got.Status);
            if (want.ReplyCode != null) Assert.Equal(want.ReplyCode, got.ReplyCode);
            if (want.Reason != null) Assert.Equal(want.Reason, got.Reason.ToString());
            if (want.IsHardBounce != null) Assert.Equal(want.IsHardBounce, got.IsHardBounce);
            if (want.FeedbackType != null) Assert.Equal(want.FeedbackType, got.FeedbackType);
            if (want.DiagnosticContains != null) Assert.Contains(want.DiagnosticContains, got.DiagnosticCode);
            if (want.RemoteMta != null) Assert.Equal(want.RemoteMta, got.RemoteMta);
            if (want.SmtpCommand != null) Assert.Equal(want.SmtpCommand, got.SmtpCommand);
            if (want.OriginalRecipient != null) Assert.Equal(want.OriginalRecipient, got.OriginalRecipient);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record ExpectedReport(string Format, List<ExpectedRecord> Records);

    /// <summary>A null field is not checked, so a fixture states only what its format carries.</summary>
    private sealed record ExpectedRecord(
        string Recipient,
        string? Action,
        string? Status,
        int? ReplyCode,
        string? Reason,
        bool? IsHardBounce,
        string? FeedbackType,
        string? DiagnosticContains,
        string? RemoteMta,
        string? SmtpCommand,
        string? OriginalRecipient = null);
}
