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

    public static TheoryData<string, string, string, string> OwnWording() => new()
    {
        { "Blocked", "Office365", "5.7.708", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP." },
        { "SecurityError", "Office365", "5.7.57", "530 5.7.57 Client not authenticated to send mail." },
        { "NetworkError", "Qmail", "4.4.1", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)" },
        { "Expired", "Mimecast", "4.4.4", "Recipient server unavailable or busy 4.4.4 Temporary server error. This condition occurred after 30 attempt(s) to deliver over a period of 92 hour(s)." },
        { "MailboxFull", "Postfix", "5.2.2", "permission denied. Command output: The recipient mailbox has exceeded its disk space limit." },
        { "MailerError", "Postfix", "5.3.0", "Command died with status 1: \"/usr/local/bin/intake\". Command output: permission denied" },
        { "Expired", "PEC", "", "Tempo massimo di consegna superato" },
        { "Expired", "Office365", "4.4.7", "550 4.4.7 QUEUE.Expired; message expired 451 4.4.316 Connection refused [Message=Socket error code 10061]" },
    };

    /// <summary>What a format's own wording means, read with the format named as a recognizer names it.</summary>
    [Theory]
    [MemberData(nameof(OwnWording))]
    public void A_format_reads_its_own_wording(string expected, string format, string status, string diagnostic)
    {
        var decision = ReasonClassifier.Classify(new ReasonQuery { Action = "failed", Status = status, Diagnostic = diagnostic, Format = format });

        Assert.Equal(expected, decision.Reason.ToString());
    }

    /// <summary>
    /// The native build compiles the regular expressions of every phrase table ahead of time
    /// (src/BounceTools.RegexCatalog); a table left out would be interpreted there.
    /// </summary>
    [Fact]
    public void All_phrase_tables_are_every_format_and_provider_table_and_the_general_ones()
    {
        var providerTables = typeof(ReasonClassifier).Assembly.GetManifestResourceNames()
            .Count(name => name.Replace('\\', '/').StartsWith("BounceTools.Data.Rules/providers/", StringComparison.Ordinal));
        var general = PhraseTable.Load("Rules/reason-phrases.tsv").Regexes().Count() + PhraseTable.Load("Rules/local-agents.tsv").Regexes().Count();

        var tables = PhraseTable.LoadAll().ToList();

        Assert.Equal(2 + FormatTables().Count() + providerTables, tables.Count);
        Assert.True(tables.Sum(table => table.Regexes().Count()) > general);
        Assert.Contains(tables.SelectMany(table => table.Regexes()), regex => regex.IsMatch("Mailbox is full"));
    }

    private static IEnumerable<string> FormatTables() =>
        typeof(ReasonClassifier).Assembly.GetManifestResourceNames()
            .Select(name => name.Replace('/', '.').Replace('\\', '.'))
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(name => name.Substring(Prefix.Length, name.Length - Prefix.Length - 4));
}
