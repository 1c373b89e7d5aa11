using System;
using System.IO;
using System.Reflection;

namespace BounceTools.Loading;

/// <summary>
/// Windows PowerShell 5.1 has a single load context: resolve our dependencies from
/// dependencies/ whatever version is asked for, which also settles polyfill version skew.
/// </summary>
internal static class FrameworkResolver
{
    private static string _folder = string.Empty;

    public static void Register(string dependencyFolder)
    {
        _folder = dependencyFolder;
        AppDomain.CurrentDomain.AssemblyResolve += Resolve;
    }

    public static void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

    private static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        if (name == null)
            return null;
        var path = Path.Combine(_folder, name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
