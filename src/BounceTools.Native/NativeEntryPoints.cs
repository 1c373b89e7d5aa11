using System;
using System.IO;
using System.Runtime.InteropServices;
using BounceTools.Interop;

namespace BounceTools.Native;

/// <summary>
/// The C entry points of the native core. A parse returns a <see cref="ReportCodec"/> status and
/// hands over a buffer that the caller copies and releases with bt_free.
/// </summary>
public static unsafe class NativeEntryPoints
{
    static NativeEntryPoints() => Classification.RegexTiers.Precompiled = PrecompiledPatterns.Find;

    [UnmanagedCallersOnly(EntryPoint = "bt_parse")]
    public static int Parse(byte* content, int length, char* sourcePath, int sourcePathLength, byte** result, int* resultLength)
    {
        int status;
        byte[] encoded;
        try
        {
            byte empty = 0;
            using var message = new UnmanagedMemoryStream(content != null ? content : &empty, length);
            var report = BounceParser.Parse(message, new string(sourcePath, 0, sourcePathLength));
            (status, encoded) = (ReportCodec.Report, ReportCodec.Encode(report));
        }
        catch (Exception e)
        {
            (status, encoded) = ReportCodec.EncodeFailure(e);
        }
        var buffer = (byte*)NativeMemory.Alloc((nuint)encoded.Length);
        encoded.CopyTo(new Span<byte>(buffer, encoded.Length));
        *result = buffer;
        *resultLength = encoded.Length;
        return status;
    }

    [UnmanagedCallersOnly(EntryPoint = "bt_free")]
    public static void Free(byte* buffer) => NativeMemory.Free(buffer);
}
