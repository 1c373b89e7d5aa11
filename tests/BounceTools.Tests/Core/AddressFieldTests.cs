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

    [Theory]
    [InlineData("\"Doe, Jane\" <jane@example.org>", "jane@example.org")]
    [InlineData("=?UTF-8?Q?J=C3=BCrgen?= <juergen@example.org>  ", "juergen@example.org")]
    [InlineData("\"Jane\" <jane@example.org>, \"Joe\" <joe@example.org>", null)]
    [InlineData("\"Jane\" <jane@example.org> (sales)", null)]
    [InlineData("\"Jane\" <Jane Doe>", null)]
    [InlineData("\"Jane\" <@relay.example.net:jane@example.org>", null)]
    public void Reads_a_lone_bracketed_address_whatever_its_display_name(string value, string? expected) =>
        Assert.Equal(expected, AddressField.OnlyBracketed(value));
}
