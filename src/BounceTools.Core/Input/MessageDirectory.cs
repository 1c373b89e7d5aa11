using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BounceTools.Input;

/// <summary>
/// Lists the message files under a folder, in a stable order. A Maildir (a folder with cur/,
/// new/ and tmp/) contributes only cur/ and new/: tmp/ holds deliveries still being written,
/// and its own files (dovecot indexes, maildirfolder) are not messages. Maildir++ subfolders
/// (.Sent, .Archive) are Maildirs in turn.
/// </summary>
public static class MessageDirectory
{
    public static IEnumerable<string> EnumerateFiles(string folder)
    {
        if (IsMaildir(folder))
        {
            foreach (var file in FilesOf(Path.Combine(folder, "cur")).Concat(FilesOf(Path.Combine(folder, "new"))))
                yield return file;
            foreach (var sub in Sorted(Directory.EnumerateDirectories(folder)).Where(IsMaildirPlusPlusFolder))
                foreach (var file in EnumerateFiles(sub))
                    yield return file;
            yield break;
        }

        foreach (var file in FilesOf(folder))
            yield return file;
        foreach (var sub in Sorted(Directory.EnumerateDirectories(folder)))
            foreach (var file in EnumerateFiles(sub))
                yield return file;
    }

    public static bool IsMaildir(string folder) =>
        Directory.Exists(Path.Combine(folder, "cur")) && Directory.Exists(Path.Combine(folder, "new"));

    private static bool IsMaildirPlusPlusFolder(string folder) =>
        Path.GetFileName(folder).StartsWith(".", StringComparison.Ordinal) && IsMaildir(folder);

    private static IEnumerable<string> FilesOf(string folder) =>
        Directory.Exists(folder) ? Sorted(Directory.EnumerateFiles(folder)) : Enumerable.Empty<string>();

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.OrderBy(p => p, StringComparer.Ordinal);
}
