using System.Text.RegularExpressions;
using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class LiteralGateTests
{
    private const string Command = @"\b(?:in reply to|after)\s+(?<cmd>RCPT TO|MAIL FROM|DATA)\b";

    // Each alternative with every word it needs: "failed" and one of "recipient"/"address", or "undeliverable" and one of "mail"/"message".
    private const string Intro = @"(?:^failed (?:recipients?|address(?:es)?):|undeliverable (?:mail|message) to)";

    [Theory]
    [InlineData(Command, "host mx.example.org said: 550 5.1.1 unknown (in reply to RCPT TO command)", true)]
    [InlineData(Command, "IN REPLY TO rcpt to COMMAND", true)]
    [InlineData(Command, "550 5.1.1 <kijitora@example.org>: Recipient address rejected: User unknown", false)]
    [InlineData(Intro, "Failed addresses:", true)]
    [InlineData(Intro, "Undeliverable message to jo@example.com", true)]
    [InlineData(Intro, "The connection failed after DATA", false)]
    [InlineData(Intro, "Recipient address rejected", false)]
    public void Declines_only_texts_without_the_words_a_match_needs(string pattern, string text, bool mayMatch)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline);
        var gate = new LiteralGate(regex);
        Assert.Equal(mayMatch, gate.MayMatch(text));
        Assert.True(gate.MayMatch(text) || !regex.IsMatch(text));
    }

    [Fact]
    public void Lets_everything_through_when_the_pattern_names_no_words() =>
        Assert.True(new LiteralGate(new Regex(@"\d{3}\s+\d\.\d\.\d")).MayMatch("no digits here"));
}
