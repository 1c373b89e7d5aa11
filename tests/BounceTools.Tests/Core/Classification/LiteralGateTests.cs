using System.Text.RegularExpressions;
using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class LiteralGateTests
{
    private static readonly Regex Command = new(@"\b(?:in reply to|after)\s+(?<cmd>RCPT TO|MAIL FROM|DATA)\b", RegexOptions.IgnoreCase);

    [Theory]
    [InlineData("host mx.example.org said: 550 5.1.1 unknown (in reply to RCPT TO command)", true)]
    [InlineData("IN REPLY TO rcpt to COMMAND", true)]
    [InlineData("550 5.1.1 <kijitora@example.org>: Recipient address rejected: User unknown", false)]
    public void Declines_only_texts_without_the_words_a_match_needs(string text, bool mayMatch)
    {
        var gate = new LiteralGate(Command);
        Assert.Equal(mayMatch, gate.MayMatch(text));
        Assert.True(gate.MayMatch(text) || !Command.IsMatch(text));
    }

    private static readonly Regex Intro = new(@"(?:^failed (?:recipients?|address(?:es)?):|undeliverable (?:mail|message) to)", RegexOptions.IgnoreCase | RegexOptions.Multiline);

    [Theory]
    [InlineData("Failed addresses:", true)]
    [InlineData("Undeliverable message to jo@example.com", true)]
    [InlineData("The connection failed after DATA", false)]
    [InlineData("Recipient address rejected", false)]
    public void Weighs_each_alternative_with_every_word_it_needs(string text, bool mayMatch)
    {
        var gate = new LiteralGate(Intro);
        Assert.Equal(mayMatch, gate.MayMatch(text));
        Assert.True(gate.MayMatch(text) || !Intro.IsMatch(text));
    }

    [Fact]
    public void Lets_everything_through_when_the_pattern_names_no_words() =>
        Assert.True(new LiteralGate(new Regex(@"\d{3}\s+\d\.\d\.\d")).MayMatch("no digits here"));
}
