using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace BounceTools.Loading;

/// <summary>
/// The build ships the core and MimeKit compiled ahead of time (ReadyToRun) for the common
/// platforms of PowerShell 7, in dependencies/net&lt;major&gt;.0-&lt;os&gt;-&lt;arch&gt;/: a short
/// pipeline then parses instead of waiting for the JIT. Any other runtime or platform uses the
/// portable assemblies, which behave the same.
/// </summary>
internal static class NativeImages
{
    public const string CoreAssemblyName = "BounceTools.Core";

    /// <summary>The folder of images made for this runtime and platform, or null.</summary>
    public static string? FolderFor(string dependencyFolder)
    {
        var folder = Path.Combine(dependencyFolder, $"net{Environment.Version.Major}.0-{Platform()}");
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>
    /// Loads the compiled core into the default context before anything asks for it by name,
    /// so that the cmdlets bind to it instead of the portable copy next to them.
    /// </summary>
    public static void PreloadCore(string nativeFolder)
    {
        var path = Path.Combine(nativeFolder, CoreAssemblyName + ".dll");
        if (!File.Exists(path) || AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == CoreAssemblyName))
            return;
        AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }

    private static string Platform()
    {
        var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
            : "linux";
        return os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
    }
}
