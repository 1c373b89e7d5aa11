namespace BounceTools.Tests;

/// <summary>Locates the test messages copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures");

    /// <summary>The module's bundled sample bounces, copied in as fixtures.</summary>
    public static string Samples { get; } = System.IO.Path.Combine(Root, "formats", "samples");

    public static string File(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Sample(string name) => System.IO.Path.Combine(Samples, name);
}
