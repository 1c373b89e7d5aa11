using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace BounceTools.Knowledge;

/// <summary>
/// Lists the knowledge files embedded from <c>Data/Knowledge/</c>, so a new provider file needs no code.
/// Resource names keep the folder separator of the machine that built them
/// (<c>BounceTools.Data.Knowledge/x.txt</c> or <c>...Knowledge\x.txt</c>), hence the normalizing.
/// </summary>
internal static class KnowledgeFiles
{
    private const string Prefix = "BounceTools.Data.";
    private const string Folder = "Knowledge/";

    private static readonly Assembly Assembly = typeof(KnowledgeFiles).Assembly;


    /// <summary>File name and text of every embedded file in <c>Data/Knowledge/</c>.</summary>
    public static IEnumerable<(string FileName, string Text)> All() =>
        Assembly.GetManifestResourceNames()
            .Select(name => (Name: name, Path: RelativePath(name)))
            .Where(resource => resource.Path is not null && resource.Path.StartsWith(Folder, StringComparison.Ordinal))
            .OrderBy(resource => resource.Path, StringComparer.Ordinal)
            .Select(resource => (resource.Path!.Substring(Folder.Length), ReadAll(resource.Name)));

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
