using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

public sealed class TextLinesTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("one", new[] { "one" })]
    [InlineData("one\r\ntwo\nthree\rfour", new[] { "one", "two", "three", "four" })]
    [InlineData("one\n\ntwo\r\n\r\nthree", new[] { "one", "", "two", "", "three" })]
    [InlineData("one\r\n", new[] { "one" })]
    [InlineData("one\n\r", new[] { "one", "" })]
    [InlineData("\r\n\r", new[] { "", "" })]
    public void Splits_at_any_line_break(string text, string[] lines) =>
        Assert.Equal(lines, TextLines.Split(text));
}
