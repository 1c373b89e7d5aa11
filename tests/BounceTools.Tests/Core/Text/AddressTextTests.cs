using BounceTools.Recognizers.Text;
using Xunit;

namespace BounceTools.Tests.Core.Text;

public sealed class AddressTextTests
{
    [Theory]
    [InlineData("Remote host said: 550 <Ann@Example.ORG>... User unknown", "ann@example.org")]
    [InlineData("delivery to bob@example.net failed.", "bob@example.net")]
    [InlineData("\"odd..name\"@example.org rejected", "\"odd..name\"@example.org")]
    [InlineData("no address here", "")]
    [InlineData(null, "")]
    public void Finds_the_first_address(string? text, string expected) =>
        Assert.Equal(expected, AddressText.Find(text));

    [Theory]
    [InlineData("<ann@example.org>:", "ann@example.org", "")]
    [InlineData("  ann@example.org", "ann@example.org", "")]
    [InlineData("ann@example.org: 550 5.1.1 User unknown", "ann@example.org", "550 5.1.1 User unknown")]
    [InlineData("<ann@example.org> (expanded from <list@example.org>): host said no", "ann@example.org", "host said no")]
    [InlineData("<ann@example.org>... User unknown", "ann@example.org", "User unknown")]
    public void Reads_lines_that_open_with_an_address(string line, string address, string rest)
    {
        Assert.True(AddressText.TryReadLeading(line, out var found, out var after));
        Assert.Equal(address, found);
        Assert.Equal(rest, after);
    }

    [Theory]
    [InlineData("To: ann@example.org")]
    [InlineData("550 5.1.1 <ann@example.org>... User unknown")]
    [InlineData("ann@example.org <bob@example.net>: malformed address")]
    [InlineData("ann@example.org said hello")]
    public void Ignores_lines_where_the_address_is_not_the_subject(string line) =>
        Assert.False(AddressText.TryReadLeading(line, out _, out _));
}
