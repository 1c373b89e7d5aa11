using BounceTools.Classification;
using BounceTools.Recognizers;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class FormatTableTests
{
    private const string Prefix = "BounceTools.Data.Rules.formats.";

    /// <summary>formats/&lt;Format&gt;.tsv applies to the recognizer of that name; a table named after none would never apply.</summary>
    [Fact]
    public void Every_format_table_belongs_to_a_recognizer()
    {
        var formats = FormatRegistry.All.Select(recognizer => recognizer.Format).ToHashSet();

        Assert.All(FormatTables(), table => Assert.Contains(table, formats));
    }

    /// <summary>A row "include&lt;TAB&gt;Name" takes in the rules of formats/Name.tsv where it stands.</summary>
    [Fact]
    public void An_included_table_adds_its_rules_after_the_own_ones()
    {
        var mailRu = PhraseTable.Load("Rules/formats/MailRu.tsv");

        Assert.Equal(BounceReason.MailboxFull, mailRu.FirstMatch(new PhraseText("error: quota exceeded"), weak: false)?.Reason);
        Assert.Equal(BounceReason.HostUnknown, mailRu.FirstMatch(new PhraseText("all host address lookups failed permanently"), weak: false)?.Reason);
    }

    private static IEnumerable<string> FormatTables() =>
        typeof(ReasonClassifier).Assembly.GetManifestResourceNames()
            .Select(name => name.Replace('/', '.').Replace('\\', '.'))
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(name => name.Substring(Prefix.Length, name.Length - Prefix.Length - 4));
}
