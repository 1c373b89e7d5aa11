using System;
using System.IO;
using System.Management.Automation;
using System.Runtime.InteropServices;

namespace BounceTools.Loading;

/// <summary>
/// Makes the parsing core's third-party assemblies (MimeKit, BouncyCastle, polyfills) load
/// from the module's dependencies/ folder. On PowerShell 7 they go into a private
/// AssemblyLoadContext so that another module's MimeKit neither breaks us nor is broken by us.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    internal static string DependencyFolder { get; } = Path.Combine(
        Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? string.Empty,
        "dependencies");

    internal static bool IsNetFramework { get; } =
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    public void OnImport()
    {
        if (IsNetFramework)
            FrameworkResolver.Register(DependencyFolder);
        else
            IsolatedResolver.Register(DependencyFolder);
    }

    public void OnRemove(PSModuleInfo module)
    {
        if (IsNetFramework)
            FrameworkResolver.Unregister();
        else
            IsolatedResolver.Unregister();
    }
}
