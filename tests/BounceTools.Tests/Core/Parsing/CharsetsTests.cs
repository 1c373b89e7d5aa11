using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

public sealed class CharsetsTests
{
    [Theory]
    [InlineData("utf-8", 65001)]
    [InlineData("\"UTF-8\"", 65001)]
    [InlineData("utf8", 65001)]
    [InlineData("iso-2022-jp", 50220)]
    [InlineData("Shift_JIS", 932)]
    [InlineData("koi8-r", 20866)]
    public void Finds_the_encoding_a_charset_names(string charset, int codePage) =>
        Assert.Equal(codePage, Charsets.Find(charset)!.CodePage);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x-no-such-charset")]
    [InlineData("us-ascii")]
    [InlineData("US-ASCII")]
    public void Names_no_encoding_for_none_an_unknown_name_or_ascii(string? charset) =>
        Assert.Null(Charsets.Find(charset));

    [Fact]
    public void Made_up_names_do_not_grow_the_cache_without_bound()
    {
        for (var i = 0; i < 2000; i++)
            Assert.Null(Charsets.Find("x-made-up-" + i));
        Assert.Equal(65001, Charsets.Find("utf-8")!.CodePage);
    }
}
