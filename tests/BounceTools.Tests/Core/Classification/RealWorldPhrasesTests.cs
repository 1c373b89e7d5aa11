using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

/// <summary>
/// Diagnostic texts as major receivers word them (fixtures/phrases/diagnostics.tsv), each with the
/// reason its meaning implies. Each text is classified as the Diagnostic-Code of a failed
/// delivery, the way <c>RecordBuilder</c> sees one: the status and reply code come from the text,
/// a text with only a reply code gets that class's generic status, as a reporting MTA writes it.
/// </summary>
public sealed class RealWorldPhrasesTests
{
    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Fixtures.File("phrases/diagnostics.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var columns = line.Split('\t');
            rows.Add(columns[0], columns[1], columns.Length > 2 ? columns[2] : string.Empty);
        }
        return rows;
    }

    [Fact]
    public void Each_row_is_there_once()
    {
        var repeated = Rows().Select(row => string.Join("\t", row)).GroupBy(row => row).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(repeated);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reason_follows_the_meaning_of_the_text(string text, string expected, string remoteMta)
    {
        var found = StatusCodes.Extract(text);
        var reported = found.Status.Length > 0 ? found.Status : found.ReplyCode is { } reply ? $"{reply / 100}.0.0" : "5.0.0";
        var query = new ReasonQuery
        {
            Action = "failed",
            Status = StatusCodes.MostTelling(reported, text),
            ReplyCode = found.ReplyCode,
            Diagnostic = text,
            DiagnosticType = "smtp",
            SmtpCommand = SmtpCommandFinder.FromText(text),
            RemoteMta = remoteMta,
        };

        var decision = ReasonClassifier.Classify(query);

        Assert.True(expected == decision.Reason.ToString(), $"expected {expected}, got {decision.Reason} from {decision.Source}");
    }
}
