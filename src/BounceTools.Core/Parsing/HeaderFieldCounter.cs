using System.IO;

namespace BounceTools.Parsing;

/// <summary>
/// Counts the lines of a raw message that start a header field ("Name:" at the start of a line),
/// wherever they are. MimeKit turns every header field into objects, so this count bounds the
/// memory of the parse before it starts; body lines that look like fields count too, which errs
/// on the safe side.
/// </summary>
internal static class HeaderFieldCounter
{
    /// <summary>Reads the stream to its end, stopping early once the count exceeds <paramref name="limit"/>, and rewinds it.</summary>
    public static int Count(Stream stream, int limit)
    {
        var start = stream.Position;
        var buffer = new byte[65536];
        var count = 0;
        var atLineStart = true;
        var nameLength = 0;
        var inName = false;
        int read;
        while (count <= limit && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (b == '\n' || b == '\r')
                {
                    atLineStart = true;
                    inName = false;
                    continue;
                }
                if (atLineStart)
                {
                    atLineStart = false;
                    inName = true;
                    nameLength = 0;
                }
                if (!inName)
                    continue;
                if (b == ':')
                {
                    if (nameLength > 0)
                        count++;
                    inName = false;
                }
                else if (b > 32 && b < 127)
                {
                    nameLength++;
                }
                else
                {
                    inName = false;
                }
            }
        }
        stream.Position = start;
        return count;
    }
}
