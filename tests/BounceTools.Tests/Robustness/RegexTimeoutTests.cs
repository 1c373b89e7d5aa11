using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>Time per message stays bounded only if no regular expression can run forever.</summary>
public sealed class RegexTimeoutTests
{
    [Fact]
    public void Every_static_regex_of_the_core_has_a_timeout()
    {
        var regexes = typeof(BounceParser).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(Regex) && !field.DeclaringType!.ContainsGenericParameters)
            .Select(field => (Name: field.DeclaringType!.Name + "." + field.Name, Regex: (Regex)field.GetValue(null)!))
            .ToList();
        Assert.NotEmpty(regexes);
        Assert.All(regexes, r => Assert.True(r.Regex.MatchTimeout != Regex.InfiniteMatchTimeout, r.Name + " has no timeout"));
    }
}
