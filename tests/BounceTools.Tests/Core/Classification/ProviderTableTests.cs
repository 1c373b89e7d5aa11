using System.Reflection;
using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class ProviderTableTests
{
    /// <summary>
    /// providers/&lt;Name&gt;.tsv applies to the provider the detector names, letters and digits only
    /// ("Yahoo/AOL" reads providers/YahooAOL.tsv); a table named after no provider would never apply.
    /// </summary>
    [Fact]
    public void Every_provider_table_belongs_to_a_detected_provider()
    {
        const string prefix = "BounceTools.Data.Rules.providers.";
        var tables = typeof(ReasonClassifier).Assembly.GetManifestResourceNames()
            .Select(name => name.Replace('/', '.').Replace('\\', '.'))
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal) && name.Length > prefix.Length + 4)
            .Select(name => name.Substring(prefix.Length, name.Length - prefix.Length - 4))
            .ToList();
        var known = ProviderDetector.KnownProviders.Select(ReasonClassifier.FileName).ToHashSet();

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.Contains(table, known));
    }
}
