using System.IO;
using System.Text;

namespace BounceTools.Parsing;

/// <summary>
/// Windows tools save a message as text with a byte order mark in front: Notepad and Windows
/// PowerShell's Set-Content -Encoding UTF8 write EF BB BF, its Out-File and "&gt;" write the whole
/// file as UTF-16. Mail itself never starts with one.
/// </summary>
internal static class ByteOrderMark
{
    /// <summary>The message after a UTF-8 mark, or converted to UTF-8 from UTF-16; else the stream as it was.</summary>
    public static Stream Removed(Stream stream)
    {
        var start = stream.Position;
        var mark = new byte[3];
        var count = stream.Read(mark, 0, mark.Length);
        if (count == 3 && mark[0] == 0xEF && mark[1] == 0xBB && mark[2] == 0xBF)
            return stream;
        var utf16 = count >= 2 && mark[0] == 0xFF && mark[1] == 0xFE ? Encoding.Unicode
            : count >= 2 && mark[0] == 0xFE && mark[1] == 0xFF ? Encoding.BigEndianUnicode
            : null;
        stream.Position = utf16 == null ? start : start + 2;
        if (utf16 == null)
            return stream;
        using var reader = new StreamReader(stream, utf16, detectEncodingFromByteOrderMarks: false, 81920, leaveOpen: true);
        return new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd()), writable: false);
    }
}
