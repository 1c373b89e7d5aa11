using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace BounceTools.Loading;

/// <summary>
/// PowerShell 7: when the default load context cannot supply one of our third-party
/// dependencies (none is there, or only another module's copy of another version), load it
/// from dependencies/ into <see cref="DependencyLoadContext"/>. Our own assemblies stay in the
/// default context so that PowerShell sees their types ([BounceTools.BounceRecord]). Images
/// compiled ahead of time for this runtime (<see cref="NativeImages"/>) are preferred.
/// Kept apart from <see cref="ModuleInitializer"/> so Windows PowerShell never JIT-compiles it.
/// </summary>
internal static class IsolatedResolver
{
    private static DependencyLoadContext? _context;

    public static void Register(string dependencyFolder)
    {
        var nativeFolder = NativeImages.FolderFor(dependencyFolder);
        if (nativeFolder != null)
        {
            NativeImages.PreloadCore(nativeFolder);
            NativeCore.Load(nativeFolder);
        }
        _context ??= new DependencyLoadContext(dependencyFolder, nativeFolder);
        AssemblyLoadContext.Default.Resolving += ResolveDependency;
    }

    public static void Unregister() => AssemblyLoadContext.Default.Resolving -= ResolveDependency;

    private static Assembly? ResolveDependency(AssemblyLoadContext defaultContext, AssemblyName name) =>
        _context != null && _context.Owns(name) ? _context.LoadFromAssemblyName(name) : null;
}

/// <summary>Loads the module's own dependencies; framework assemblies still come from the runtime.</summary>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    private readonly string _folder;
    private readonly string? _nativeFolder;
    private readonly HashSet<string> _platformAssemblies = PlatformAssemblies();

    public DependencyLoadContext(string folder, string? nativeFolder)
    {
        _folder = folder;
        _nativeFolder = nativeFolder;
    }

    /// <summary>
    /// True for an assembly we ship that the runtime does not provide. netstandard polyfills
    /// such as System.Memory ship in dependencies/ for Windows PowerShell; on .NET the
    /// runtime's own copies must win to keep one Span&lt;T&gt;.
    /// </summary>
    public bool Owns(AssemblyName name) =>
        name.Name != null && !_platformAssemblies.Contains(name.Name) && File.Exists(PathOf(name.Name));

    protected override Assembly? Load(AssemblyName name) =>
        Owns(name) ? LoadFromAssemblyPath(PathOf(name.Name!)) : null;

    private string PathOf(string simpleName)
    {
        var fileName = simpleName + ".dll";
        var native = _nativeFolder == null ? null : Path.Combine(_nativeFolder, fileName);
        return native != null && File.Exists(native) ? native : Path.Combine(_folder, fileName);
    }

    private static HashSet<string> PlatformAssemblies()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        foreach (var path in list.Split(Path.PathSeparator))
            if (path.Length > 0)
                names.Add(Path.GetFileNameWithoutExtension(path));
        return names;
    }
}
