namespace BounceTools.Benchmarks;

/// <summary>The messages a benchmark parses, read into memory once so that disk time does not count.</summary>
internal static class MessageSet
{
    /// <summary>Every *.eml under the folders, or under the project's own samples and fixtures by default.</summary>
    public static List<byte[]> Load(IReadOnlyList<string> folders)
    {
        var roots = folders.Count > 0 ? folders : DefaultFolders();
        var messages = roots
            .SelectMany(root => Directory.EnumerateFiles(root, "*.eml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        if (messages.Count == 0)
            throw new InvalidOperationException("No .eml files found in " + string.Join(", ", roots));
        return messages;
    }

    private static string[] DefaultFolders()
    {
        var repository = AppContext.BaseDirectory;
        while (repository != null && !File.Exists(Path.Combine(repository, "BounceTools.sln")))
            repository = Path.GetDirectoryName(repository);
        if (repository == null)
            throw new InvalidOperationException("Run from inside the repository or name the message folders.");
        return new[] { Path.Combine(repository, "module", "samples"), Path.Combine(repository, "tests", "fixtures", "formats") };
    }
}
