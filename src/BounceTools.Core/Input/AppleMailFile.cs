using System.IO;

namespace BounceTools.Input;

/// <summary>
/// Apple Mail keeps each message in an .emlx file: the message's length in bytes on a line of its
/// own, the message, then a property list of Mail's flags, which is no part of the message.
/// </summary>
internal static class AppleMailFile
{
    private const int MaxLengthDigits = 10;

    /// <summary>
    /// For an .emlx file, moves <paramref name="file"/> past the length line and returns the
    /// message's length; for any other file, leaves it at its start and returns null.
    /// </summary>
    public static long? SkipLengthLine(FileStream file)
    {
        var head = new byte[MaxLengthDigits + 2];
        var count = file.Read(head, 0, head.Length);
        file.Position = 0;
        long length = 0;
        var digits = 0;
        while (digits < count && digits <= MaxLengthDigits && head[digits] >= (byte)'0' && head[digits] <= (byte)'9')
            length = length * 10 + (head[digits++] - '0');
        var end = digits < count && head[digits] == '\r' ? digits + 1 : digits;
        if (digits == 0 || digits > MaxLengthDigits || end >= count || head[end] != '\n')
            return null;
        file.Position = end + 1;
        return System.Math.Min(length, file.Length - file.Position);
    }
}
