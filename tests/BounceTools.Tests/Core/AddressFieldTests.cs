using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core;

public sealed class AddressFieldTests
{
    [Theory]
    [InlineData("rfc822; user@example.org", "user@example.org")]
    [InlineData("RFC822; <User@Example.ORG>", "user@example.org")]
    [InlineData("rfc822;<user@example.org> (the address you wrote)", "user@example.org")]
    [InlineData("utf-8; jürgen@bücher.example.org", "jürgen@bücher.example.org")]
    [InlineData("user@example.org", "user@example.org")]
    [InlineData("  rfc822 ; \"user@example.org\"  ", "user@example.org")]
    [InlineData("rfc822; user(comment)@example.org", "user@example.org")]
    [InlineData("rfc822; \"first..last\"@example.org", "\"first..last\"@example.org")]
    [InlineData("rfc822; user@example.org.", "user@example.org")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Parses_typed_addresses(string? value, string expected) =>
        Assert.Equal(expected, AddressField.Parse(value));
}
