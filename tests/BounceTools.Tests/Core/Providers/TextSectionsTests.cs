using BounceTools.Recognizers.Providers;
using Xunit;

namespace BounceTools.Tests.Core.Providers;

public sealed class TextSectionsTests
{
    private static readonly System.Text.RegularExpressions.Regex Marker = TextPatterns.Create(@"^-+ Original message -+");

    [Fact]
    public void Splits_at_the_marker_line()
    {
        const string text = "notice\nmore notice\n----- Original message -----\nFrom: a@example.org\n";

        Assert.Equal("notice\nmore notice", TextSections.Before(text, Marker));
        Assert.Equal("From: a@example.org\n", TextSections.After(text, Marker));
    }

    [Fact]
    public void Without_the_marker_everything_is_before_and_nothing_after()
    {
        Assert.Equal("notice", TextSections.Before("notice", Marker));
        Assert.Equal(string.Empty, TextSections.After("notice", Marker));
    }

    [Fact]
    public void Squeeze_puts_text_on_one_line()
    {
        Assert.Equal("550 5.1.1 user unknown", TextPatterns.Squeeze("  550 5.1.1\r\n\tuser   unknown \n"));
    }
}
