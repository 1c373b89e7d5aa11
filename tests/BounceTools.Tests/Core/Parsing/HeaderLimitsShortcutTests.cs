using System.Text;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

/// <summary>Short messages skip the header scan; a limit set low enough still applies to them.</summary>
public sealed class HeaderLimitsShortcutTests
{
    private const string Message = "From: a@example.org\r\nTo: b@example.org\r\nSubject: limits\r\nX-Padding: 0123456789\r\n\r\nbody\r\n";

    [Fact]
    public void A_short_message_passes_the_default_limits() =>
        Assert.NotNull(BounceParser.Parse(Encoding.ASCII.GetBytes(Message)));

    [Fact]
    public void A_short_message_still_breaks_a_small_header_limit()
    {
        var options = new BounceParserOptions { MaxHeaderBytes = 64 };
        var error = Assert.Throws<BounceParseException>(() => BounceParser.Parse(Encoding.ASCII.GetBytes(Message), options: options));
        Assert.Equal("HeaderTooLarge", error.ErrorKind);
    }

    [Fact]
    public void A_short_message_still_breaks_a_small_field_count()
    {
        var options = new BounceParserOptions { MaxHeaderFields = 2 };
        var error = Assert.Throws<BounceParseException>(() => BounceParser.Parse(Encoding.ASCII.GetBytes(Message), options: options));
        Assert.Equal("TooManyHeaderFields", error.ErrorKind);
    }
}
