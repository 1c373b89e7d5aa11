using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using Microsoft.PowerShell.Commands;

namespace BounceTools.Commands;

/// <summary>
/// Resolves -Path (wildcards) and -LiteralPath through the PowerShell provider to file-system
/// paths (the files of folders too, with -Recurse), writing a non-terminating error for
/// anything that is not a readable file.
/// </summary>
internal static class InputResolver
{
    // What Get-ChildItem puts in PSPath: the provider-qualified form of a plain file-system path.
    private const string FileSystemPrefix = @"Microsoft.PowerShell.Core\FileSystem::";

    public static IEnumerable<string> ResolveFiles(PSCmdlet cmdlet, string input, bool literal, bool recurse)
    {
        var resolved = Resolve(cmdlet, input, literal);
        if (resolved == null)
            yield break;
        if (resolved.Count == 0)
            cmdlet.WriteError(Errors.PathNotFound(input, null));

        foreach (var path in resolved)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path) && recurse)
            {
                foreach (var file in BounceTools.Input.MessageDirectory.EnumerateFiles(path))
                    yield return file;
            }
            else if (Directory.Exists(path))
            {
                cmdlet.WriteError(Errors.PathIsDirectory(path));
            }
            else
            {
                cmdlet.WriteError(Errors.PathNotFound(path, null));
            }
        }
    }

    /// <returns>The file-system paths, or null when an error was written.</returns>
    private static List<string>? Resolve(PSCmdlet cmdlet, string input, bool literal)
    {
        // Piping thousands of files from Get-ChildItem binds a qualified PSPath per file; asking the
        // provider to resolve each one cost more than parsing it.
        if (literal && input.StartsWith(FileSystemPrefix, StringComparison.OrdinalIgnoreCase))
            return new List<string> { input.Substring(FileSystemPrefix.Length) };

        ProviderInfo provider;
        var resolved = new List<string>();
        try
        {
            if (literal)
                resolved.Add(cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(input, out provider, out _));
            else
                resolved.AddRange(cmdlet.GetResolvedProviderPathFromPSPath(input, out provider));
        }
        catch (ItemNotFoundException e)
        {
            cmdlet.WriteError(Errors.PathNotFound(input, e));
            return null;
        }
        catch (Exception e) when (e is ProviderNotFoundException or System.Management.Automation.DriveNotFoundException or PSArgumentException)
        {
            cmdlet.WriteError(Errors.NotFileSystem(input, e));
            return null;
        }

        if (provider.ImplementingType != typeof(FileSystemProvider))
        {
            cmdlet.WriteError(Errors.NotFileSystem(input, null));
            return null;
        }
        return resolved;
    }
}
