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
    public static IEnumerable<string> ResolveFiles(PSCmdlet cmdlet, string input, bool literal, bool recurse)
    {
        var resolved = new List<string>();
        ProviderInfo provider;
        try
        {
            if (literal)
            {
                resolved.Add(cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(input, out provider, out _));
            }
            else
            {
                resolved.AddRange(cmdlet.GetResolvedProviderPathFromPSPath(input, out provider));
            }
        }
        catch (ItemNotFoundException e)
        {
            cmdlet.WriteError(Errors.PathNotFound(input, e));
            yield break;
        }
        catch (System.Exception e) when (e is ProviderNotFoundException or System.Management.Automation.DriveNotFoundException or PSArgumentException)
        {
            cmdlet.WriteError(Errors.NotFileSystem(input, e));
            yield break;
        }

        if (provider.ImplementingType != typeof(FileSystemProvider))
        {
            cmdlet.WriteError(Errors.NotFileSystem(input, null));
            yield break;
        }

        if (resolved.Count == 0)
            cmdlet.WriteError(Errors.PathNotFound(input, null));

        foreach (var path in resolved)
        {
            if (Directory.Exists(path) && recurse)
            {
                foreach (var file in BounceTools.Input.MessageDirectory.EnumerateFiles(path))
                    yield return file;
            }
            else if (Directory.Exists(path))
                cmdlet.WriteError(Errors.PathIsDirectory(path));
            else if (!File.Exists(path))
                cmdlet.WriteError(Errors.PathNotFound(path, null));
            else
                yield return path;
        }
    }
}
