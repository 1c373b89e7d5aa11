using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>
/// Regression corpus: every file in fixtures/hostile (fuzzer findings, minimized, and hand-made
/// hostile messages) gives a report or a BounceParseException.
/// </summary>
public sealed class HostileFixtureTests
{
    public static TheoryData<string> HostileFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Fixtures.Root, "hostile")).Order())
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Gives_a_report_or_the_documented_error(string name) =>
        ParseOutcome.Of(File.ReadAllBytes(Path.Combine(Fixtures.Root, "hostile", name)), name);
}
