using BounceTools.Classification;
using BounceTools.Knowledge;
using Xunit;

namespace BounceTools.Tests.Knowledge;

/// <summary>
/// The classifier's code table (Data/Rules/status-reasons.tsv) and Get-BounceCodeInfo's registry
/// entries (Data/Knowledge) state the reason of a code twice; a bounce must not be read one way
/// and explained another.
/// </summary>
public sealed class StatusTableAgreementTests
{
    [Fact]
    public void Every_code_of_the_status_table_has_the_same_reason_in_the_knowledge_base()
    {
        var registry = KnowledgeBase.Default.Entries.Where(entry => entry.Provider is null).ToDictionary(entry => entry.Code);
        var disagreements = new List<string>();
        foreach (var row in EmbeddedData.ReadTsv("Rules/status-reasons.tsv"))
        {
            var code = row[0].Trim();
            var reason = row[1].Trim();
            if (!registry.TryGetValue(code, out var entry))
                disagreements.Add($"{code}: {reason} in status-reasons.tsv, no entry in the knowledge base");
            else if (entry.Reason.ToString() != reason)
                disagreements.Add($"{code}: {reason} in status-reasons.tsv, {entry.Reason} in the knowledge base");
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }
}
