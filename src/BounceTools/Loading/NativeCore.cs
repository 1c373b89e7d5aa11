using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using BounceTools.Interop;

namespace BounceTools.Loading;

/// <summary>
/// The core compiled to a native library (src/BounceTools.Native), shipped beside the
/// ReadyToRun images for the platform that built the module. When it is there, messages are
/// parsed by it: the same code, already optimized, so a short pipeline does not wait for the
/// JIT. Setting BOUNCETOOLS_NATIVE=0 before the import keeps everything in the managed core.
/// </summary>
internal static unsafe class NativeCore
{
    public const string DisableVariable = "BOUNCETOOLS_NATIVE";

    private static IntPtr _parse;
    private static IntPtr _free;

    /// <summary>The library in use, or null when messages are parsed by the managed core.</summary>
    public static string? LibraryPath { get; private set; }

    /// <summary>Why a library that is there could not be used, or null.</summary>
    public static string? LoadFailure { get; private set; }

    public static void Load(string nativeFolder)
    {
        var path = Path.Combine(nativeFolder, "BounceTools.Native" + LibraryExtension());
        if (LibraryPath != null || !File.Exists(path) || Environment.GetEnvironmentVariable(DisableVariable) == "0")
            return;
        // A library linked on another system may not load here (another C library, an older one);
        // the managed core then parses, with the same results.
        try
        {
            // NativeLibrary is not part of netstandard2.0; every runtime that loads this class has it.
            var nativeLibrary = typeof(Marshal).Assembly.GetType("System.Runtime.InteropServices.NativeLibrary", throwOnError: true)!;
            var handle = (IntPtr)nativeLibrary.GetMethod("Load", new[] { typeof(string) })!.Invoke(null, new object[] { path })!;
            var getExport = nativeLibrary.GetMethod("GetExport", new[] { typeof(IntPtr), typeof(string) })!;
            _parse = (IntPtr)getExport.Invoke(null, new object[] { handle, "bt_parse" })!;
            _free = (IntPtr)getExport.Invoke(null, new object[] { handle, "bt_free" })!;
            LibraryPath = path;
        }
        catch (TargetInvocationException e)
        {
            var reason = string.Join(" ", (e.InnerException ?? e).Message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            LoadFailure = $"The natively compiled core at {path} could not be loaded ({reason}); parsing with the managed core.";
        }
    }

    /// <summary>Parses like <see cref="BounceParser.Parse(byte[], string, BounceParserOptions)"/> with default options.</summary>
    public static BounceReport Parse(byte[] content, string sourcePath)
    {
        var parse = (delegate* unmanaged[Cdecl]<byte*, int, char*, int, byte**, int*, int>)_parse;
        var free = (delegate* unmanaged[Cdecl]<byte*, void>)_free;
        byte* result;
        int length;
        int status;
        fixed (byte* message = content)
        fixed (char* source = sourcePath)
            status = parse(message, content.Length, source, sourcePath.Length, &result, &length);
        var encoded = new byte[length];
        Marshal.Copy((IntPtr)result, encoded, 0, length);
        free(result);
        return ReportCodec.Decode(status, encoded);
    }

    private static string LibraryExtension() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? ".dll"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? ".dylib"
        : ".so";
}
