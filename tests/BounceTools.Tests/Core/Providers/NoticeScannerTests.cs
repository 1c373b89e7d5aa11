using BounceTools.Recognizers.Providers;
using Xunit;

namespace BounceTools.Tests.Core.Providers;

public sealed class NoticeScannerTests
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"could not be delivered to:"),
        recipient: TextPatterns.Create(@"^\s*--\s*(?<address>" + TextPatterns.Address + @")(?:\s+(?<text>.*))?$"),
        end: TextPatterns.Create(@"^-+ Original message"));

    [Fact]
    public void Reads_each_recipient_with_the_lines_below_it()
    {
        const string text = "Intro line a@example.org is not a recipient\ncould not be delivered to:\n" +
                            "-- a@example.org first line\n  second line\n\n-- B@Example.NET\n552 mailbox full\n" +
                            "--- Original message ---\n-- c@example.com\n";

        var entries = NoticeScanner.Scan(text, Layout);

        Assert.Equal(new[] { "a@example.org", "b@example.net" }, entries.Select(e => e.Address));
        Assert.Equal("first line second line", entries[0].Text);
        Assert.Equal("552 mailbox full", entries[1].Text);
    }

    [Fact]
    public void Keeps_a_repeated_recipient_once_with_its_first_text()
    {
        const string text = "could not be delivered to:\r\n-- a@example.org\r\nfirst\r\n-- a@example.org\r\nsecond\r\n";

        var entry = Assert.Single(NoticeScanner.Scan(text, Layout));

        Assert.Equal("first", entry.Text);
    }

    [Fact]
    public void Finds_nothing_before_the_start_line()
    {
        Assert.Empty(NoticeScanner.Scan("-- a@example.org\nfailed\n", Layout));
    }

    [Fact]
    public void Lone_carriage_returns_separate_lines()
    {
        var entries = NoticeScanner.Scan("could not be delivered to:\r-- a@example.org\rrejected\r", Layout);

        Assert.Equal("rejected", Assert.Single(entries).Text);
    }
}
