using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace BounceTools.Loading;

/// <summary>
/// PowerShell 7: when the default load context cannot find BounceTools.Core, load it into
/// <see cref="DependencyLoadContext"/>; everything the core needs then resolves there.
/// Kept apart from <see cref="ModuleInitializer"/> so Windows PowerShell never JIT-compiles it.
/// </summary>
internal static class IsolatedResolver
{
    private const string CoreAssemblyName = "BounceTools.Core";
    private static DependencyLoadContext? _context;

    public static void Register(string dependencyFolder)
    {
        _context ??= new DependencyLoadContext(dependencyFolder);
        AssemblyLoadContext.Default.Resolving += ResolveCore;
    }

    public static void Unregister() => AssemblyLoadContext.Default.Resolving -= ResolveCore;

    private static Assembly? ResolveCore(AssemblyLoadContext defaultContext, AssemblyName name)
    {
        if (_context == null || !string.Equals(name.Name, CoreAssemblyName, StringComparison.Ordinal))
            return null;
        return _context.LoadFromAssemblyName(name);
    }
}

/// <summary>Loads the module's own dependencies; framework assemblies still come from the runtime.</summary>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    private readonly string _folder;
    private readonly System.Collections.Generic.HashSet<string> _platformAssemblies;

    public DependencyLoadContext(string folder)
    {
        _folder = folder;
        _platformAssemblies = PlatformAssemblies();
    }

    protected override Assembly? Load(AssemblyName name)
    {
        // netstandard polyfills such as System.Memory ship in dependencies/ for Windows
        // PowerShell; on .NET the runtime's own copies must win to keep one Span<T>.
        if (name.Name == null || _platformAssemblies.Contains(name.Name))
            return null;
        var path = Path.Combine(_folder, name.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    private static System.Collections.Generic.HashSet<string> PlatformAssemblies()
    {
        var names = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        foreach (var path in list.Split(Path.PathSeparator))
            if (path.Length > 0)
                names.Add(Path.GetFileNameWithoutExtension(path));
        return names;
    }
}
