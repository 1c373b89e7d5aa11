using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class TrigramsTests
{
    private const string Text = "550 5.1.1 <kijitora@example.org>: recipient address rejected: user unknown in local recipient table";

    [Theory]
    [InlineData("user unknown")]
    [InlineData("recipient table")]
    [InlineData("550")]
    [InlineData(Text)]
    public void Never_declines_a_word_the_text_holds(string word) =>
        Assert.True(new Trigrams(Text).MayHold(Trigrams.Of(word)));

    [Theory]
    [InlineData("mailbox full")]
    [InlineData("quota exceeded")]
    [InlineData("relay access denied")]
    public void Declines_words_the_text_lacks(string word) =>
        Assert.False(new Trigrams(Text).MayHold(Trigrams.Of(word)));

    [Fact]
    public void A_text_too_long_to_index_declines_nothing() =>
        Assert.True(new Trigrams(new string('x', 5000)).MayHold(Trigrams.Of("mailbox full")));
}
