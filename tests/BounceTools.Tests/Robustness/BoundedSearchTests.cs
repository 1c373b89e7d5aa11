using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>Searches that would otherwise grow with the square of the input stop early.</summary>
public sealed class BoundedSearchTests
{
    [Fact]
    public void The_smtp_command_is_looked_for_in_the_first_ten_paragraphs_naming_the_recipient()
    {
        string Body(int paragraphsBefore) =>
            string.Concat(Enumerable.Repeat("<jane@example.org>: mailbox unknown\n\n", paragraphsBefore)) +
            "<jane@example.org>: 550 mailbox unknown (in reply to RCPT TO command)\n";

        Assert.Equal("RCPT", SmtpCommandFinder.FromParagraph(Body(9), "jane@example.org"));
        Assert.Equal(string.Empty, SmtpCommandFinder.FromParagraph(Body(10), "jane@example.org"));
    }
}
