using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace BounceTools.Classification;

/// <summary>Reads the tab-separated data files embedded under Data/.</summary>
internal static class EmbeddedData
{
    /// <summary>The rows of a TSV resource, skipping blank lines and '#' comments.</summary>
    public static IEnumerable<string[]> ReadTsv(string relativeName)
    {
        foreach (var line in ReadLines(relativeName))
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            yield return line.Split('\t');
        }
    }

    public static bool Exists(string relativeName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceInfo(ResolveName(Dotted(relativeName))) != null;

    public static IEnumerable<string> ReadLines(string relativeName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(ResolveName(Dotted(relativeName)))
            ?? throw new InvalidOperationException($"Embedded data '{relativeName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) != null)
            yield return line;
    }

    /// <summary>The relative names of the resources in a folder ("Rules/formats/"), subfolders excluded.</summary>
    public static IEnumerable<string> Names(string folder)
    {
        var prefix = "BounceTools.Data." + folder;
        foreach (var name in typeof(EmbeddedData).Assembly.GetManifestResourceNames())
        {
            var relative = name.Replace('\\', '/');
            if (relative.StartsWith(prefix, StringComparison.Ordinal) && relative.IndexOf('/', prefix.Length) < 0)
                yield return relative.Substring("BounceTools.Data.".Length);
        }
    }

    private static string Dotted(string relativeName) =>
        "BounceTools.Data." + relativeName.Replace('/', '.').Replace('\\', '.');

    // %(RecursiveDir) keeps the directory separator, so logical names may contain '/' or '\'.
    private static string ResolveName(string dotted)
    {
        foreach (var name in typeof(EmbeddedData).Assembly.GetManifestResourceNames())
            if (string.Equals(name.Replace('/', '.').Replace('\\', '.'), dotted, StringComparison.Ordinal))
                return name;
        return dotted;
    }

    public static BounceReason ParseReason(string name, string source) =>
        Enum.TryParse<BounceReason>(name.Trim(), ignoreCase: true, out var reason)
            ? reason
            : throw new InvalidDataException($"{source}: '{name}' is not a BounceReason.");
}
