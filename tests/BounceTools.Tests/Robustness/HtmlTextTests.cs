using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Robustness;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Delivery to <b>jane@example.org</b> failed.</p><p>550 5.1.1</p>", "Delivery to jane@example.org failed.\n550 5.1.1\n")]
    [InlineData("a<br>b<BR/>c<br class=x>d<bread>e", "a\nb\nc\nde")]
    [InlineData("<style>p { x: 1 }</style>text<SCRIPT type=x>alert(1)</script>more", "textmore")]
    [InlineData("<scripts>kept</scripts>", "kept")]
    [InlineData("keep <script> unclosed", "keep  unclosed")]
    [InlineData("a &lt; b &amp; c", "a < b & c")]
    [InlineData("unclosed <tag and text", "unclosed <tag and text")]
    [InlineData("<div>x</div><h2>y</h2><h20>z", "x\ny\nz")]
    [InlineData("<p>Delivery to\r\njane@example.org failed.</p>\r\n<p>550 5.1.1</p>\r\n", "Delivery to jane@example.org failed.\n550 5.1.1\n")]
    [InlineData("<body>\nThe following address failed:<br>\n  jane@example.org<br>\n</body>", "The following address failed:\n  jane@example.org\n")]
    [InlineData("<pre>jane@example.org:\n  550 5.1.1</pre>\nend", "jane@example.org:\n  550 5.1.1 end")]
    [InlineData("I wasn't able to deliver the following message.\n\nTo: jane@example.org\n", "I wasn't able to deliver the following message.\n\nTo: jane@example.org\n")]
    public void Reads_html_as_text(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlain(html));
    }

    [Fact]
    public void Reads_floods_of_unclosed_tags_and_elements()
    {
        // Each would cost a search to the end per tag without the single pass.
        var tags = string.Concat(Enumerable.Repeat("<script <style <br <", 50_000));
        Assert.Equal(tags, HtmlText.ToPlain(tags));
        var opens = string.Concat(Enumerable.Repeat("<a\n", 50_000)) + ">";
        Assert.Equal(string.Empty, HtmlText.ToPlain(opens));
        var elements = string.Concat(Enumerable.Repeat("<script><style>x", 50_000));
        Assert.Equal(new string('x', 50_000), HtmlText.ToPlain(elements));
    }
}
