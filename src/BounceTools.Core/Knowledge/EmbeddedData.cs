using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace BounceTools.Knowledge;

/// <summary>
/// Reads the files embedded from <c>Data/</c>. Their resource names keep the folder separator of the
/// machine that built them (<c>BounceTools.Data.Knowledge/x.txt</c> or <c>...Knowledge\x.txt</c>),
/// so names are matched after normalizing the separator.
/// </summary>
internal static class EmbeddedData
{
    private const string Prefix = "BounceTools.Data.";

    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>File name and text of every embedded file directly in <c>Data/&lt;folder&gt;/</c>.</summary>
    public static IEnumerable<(string FileName, string Text)> Folder(string folder) =>
        Assembly.GetManifestResourceNames()
            .Select(name => (Name: name, Path: RelativePath(name)))
            .Where(resource => resource.Path is not null && resource.Path.StartsWith(folder + "/", StringComparison.Ordinal))
            .OrderBy(resource => resource.Path, StringComparer.Ordinal)
            .Select(resource => (resource.Path!.Substring(folder.Length + 1), ReadAll(resource.Name)));

    public static string File(string folder, string fileName) =>
        Folder(folder).FirstOrDefault(file => file.FileName == fileName).Text
        ?? throw new InvalidOperationException($"Embedded data file Data/{folder}/{fileName} is missing.");

    private static string? RelativePath(string resourceName) =>
        resourceName.StartsWith(Prefix, StringComparison.Ordinal)
            ? resourceName.Substring(Prefix.Length).Replace('\\', '/')
            : null;

    private static string ReadAll(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
