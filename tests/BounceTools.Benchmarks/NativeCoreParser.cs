using System.Runtime.InteropServices;
using BounceTools.Interop;

namespace BounceTools.Benchmarks;

/// <summary>
/// The natively compiled core as the staged module ships it for this platform
/// (output/BounceTools/dependencies/net10.0-RID/), called the way the cmdlets call it: the
/// message in, the encoded report copied out and decoded.
/// </summary>
internal static unsafe class NativeCoreParser
{
    private static delegate* unmanaged[Cdecl]<byte*, int, char*, int, byte**, int*, int> _parse;
    private static delegate* unmanaged[Cdecl]<byte*, void> _free;

    /// <summary>The library found, or null when the module has not been built for this platform.</summary>
    public static string? LibraryPath { get; } = Load();

    public static void Parse(byte[] content)
    {
        byte* result;
        int length;
        int status;
        fixed (byte* message = content)
        fixed (char* source = "")
            status = _parse(message, content.Length, source, 0, &result, &length);
        var encoded = new byte[length];
        Marshal.Copy((IntPtr)result, encoded, 0, length);
        _free(result);
        try
        {
            ReportCodec.Decode(status, encoded);
        }
        catch (BounceParseException)
        {
        }
    }

    private static string? Load()
    {
        var extension = OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "output", "BounceTools", "dependencies",
                "net10.0-" + RuntimeInformation.RuntimeIdentifier, "BounceTools.Native" + extension);
            if (!File.Exists(path))
                continue;
            var handle = NativeLibrary.Load(path);
            _parse = (delegate* unmanaged[Cdecl]<byte*, int, char*, int, byte**, int*, int>)NativeLibrary.GetExport(handle, "bt_parse");
            _free = (delegate* unmanaged[Cdecl]<byte*, void>)NativeLibrary.GetExport(handle, "bt_free");
            return path;
        }
        return null;
    }
}
