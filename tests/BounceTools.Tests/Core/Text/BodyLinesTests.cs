using BounceTools.Recognizers.Text;
using Xunit;

namespace BounceTools.Tests.Core.Text;

public sealed class BodyLinesTests
{
    [Fact]
    public void Removes_the_quoting_of_a_forwarded_notice()
    {
        var lines = BodyLines.From("Forwarded:\n> ----- Transcript -----\n> >>> DATA\n>\n> <<< 550 No\n");
        Assert.Equal("----- Transcript -----", lines[1]);
        Assert.Equal(">>> DATA", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public void Keeps_transcript_arrows_of_an_unquoted_notice()
    {
        var lines = BodyLines.From("Transcript:\n>>> RCPT To:<a@example.org>\n<<< 550 No\nmore text\n");
        Assert.Equal(">>> RCPT To:<a@example.org>", lines[1]);
    }

    [Fact]
    public void Finds_markers_and_paragraphs_whatever_the_line_endings()
    {
        var lines = BodyLines.From("Intro\r\n\r\nReason:\r\n\r\n  first line\r  second line\r\n\r\nafter");
        var at = lines.IndexOf("reason:");
        Assert.Equal(2, at);
        Assert.Equal("first line second line", lines.Paragraph(at + 1));
        Assert.Equal(-1, lines.IndexOf("missing"));
    }
}
