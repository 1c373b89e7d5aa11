using System.Text.RegularExpressions;
using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class RegexTiersTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_regex_answers_its_first_call_itself(bool core)
    {
        var regex = NewRegex(@"\bover quota\b", core);

        Assert.Same(regex, regex.Tiered());
    }

    /// <summary>Once some regex has answered many calls, each is compiled; the copy matches as the original did.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_long_run_swaps_the_regex_for_a_compiled_copy_of_the_same_pattern(bool core)
    {
        var regex = NewRegex(@"\bmailbox (?:is )?full\b", core);
        for (var i = 0; i < RegexTiers.CallsBeforeCompiling; i++)
            regex.Tiered();

        var current = regex;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (ReferenceEquals(current, regex) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
            current = regex.Tiered();
        }

        Assert.NotSame(regex, current);
        Assert.Equal(regex.Options | RegexOptions.Compiled, current.Options);
        Assert.Equal(regex.ToString(), current.ToString());
        Assert.Equal(regex.MatchTimeout, current.MatchTimeout);
        Assert.Matches(current, "552 5.2.2 Mailbox is FULL");
        Assert.DoesNotMatch(current, "mailboxes fullness");
    }

    /// <summary>A regex of the core's own (<see cref="CoreRegex"/>) keeps its tier itself; any other is looked up.</summary>
    private static Regex NewRegex(string pattern, bool core) => core
        ? new CoreRegex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
        : new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);
}
