using System;
using System.IO;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>Reads bytes into a MimeMessage, turning anything unreadable into a BounceParseException.</summary>
internal static class MessageLoader
{
    private const int SniffLength = 4096;

    public static MimeMessage Load(Stream stream, BounceParserOptions limits)
    {
        var buffered = stream.CanSeek ? CheckSize(stream, limits) : Buffer(stream, limits);
        CheckHead(ref buffered);
        HeaderLimits.Check(buffered, limits);

        try
        {
            return GuardedParser.OfThisThread.Parse(buffered, limits.MaxMimeParts);
        }
        catch (FormatException e)
        {
            throw new BounceParseException("The message could not be parsed: " + e.Message, "MalformedMessage", e);
        }
    }

    private static Stream CheckSize(Stream stream, BounceParserOptions limits)
    {
        if (stream.Length - stream.Position > limits.MaxMessageBytes)
            throw TooLarge(limits);
        return stream;
    }

    /// <summary>Copies an unseekable stream into memory, reading no more than one byte past the size limit.</summary>
    private static Stream Buffer(Stream stream, BounceParserOptions limits)
    {
        var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limits.MaxMessageBytes + 1 - copy.Length))) > 0)
        {
            copy.Write(chunk, 0, read);
            if (copy.Length > limits.MaxMessageBytes)
                throw TooLarge(limits);
        }
        copy.Position = 0;
        return copy;
    }

    private static BounceParseException TooLarge(BounceParserOptions limits) =>
        new($"The message is larger than {limits.MaxMessageBytes} bytes.", "MessageTooLarge");

    /// <summary>Rejects what is not a message by its first bytes; drops a byte order mark; rewrites odd line ends.</summary>
    private static void CheckHead(ref Stream stream)
    {
        stream = ByteOrderMark.Removed(stream);
        var start = stream.Position;
        using (var head = PooledBytes.Read(stream, SniffLength))
        {
            stream.Position = start;
            if (head.Count == 0)
                throw new BounceParseException("The message is empty.", "EmptyMessage");
            if (LooksBinary(head.Buffer, head.Count) || !StartsWithHeader(head.Buffer, head.Count))
                throw new BounceParseException("The content is not an email message (no header block).", "NotMimeMessage");
            if (!HasOddLineEnds(head.Buffer, head.Count))
                return;
        }
        stream = WithLineFeeds(stream);
    }

    /// <summary>
    /// Old Mac tools store mail with CR alone ending each line, which a MIME parser reads as one
    /// endless line; text converted to CRLF twice ends each line with CR CR LF, which it reads as
    /// a line and a stray CR. The header block tells: a line break without LF, or a doubled CR.
    /// </summary>
    private static bool HasOddLineEnds(byte[] head, int count)
    {
        var cr = Array.IndexOf(head, (byte)'\r', 0, count);
        if (cr < 0)
            return false;
        if (Array.IndexOf(head, (byte)'\n', 0, count) < 0)
            return true;
        for (; cr >= 0 && cr + 2 < count; cr = Array.IndexOf(head, (byte)'\r', cr + 1, count - cr - 1))
            if (head[cr + 1] == '\r' && head[cr + 2] == '\n')
                return true;
        return false;
    }

    /// <summary>Ends every line with LF alone: CRs before an LF are dropped, any other CR becomes an LF.</summary>
    private static Stream WithLineFeeds(Stream stream)
    {
        var converted = new MemoryStream();
        var buffer = new byte[81920];
        var pendingCarriageReturns = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (b == (byte)'\r')
                {
                    pendingCarriageReturns++;
                    continue;
                }
                if (b != (byte)'\n')
                    WriteLineFeeds(converted, pendingCarriageReturns);
                pendingCarriageReturns = 0;
                converted.WriteByte(b);
            }
        }
        WriteLineFeeds(converted, pendingCarriageReturns);
        converted.Position = 0;
        return converted;
    }

    private static void WriteLineFeeds(MemoryStream stream, int count)
    {
        for (var i = 0; i < count; i++)
            stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Binary files have NUL bytes early and often; a stray NUL further on (some mail stores pad
    /// the end of a message with one) does not make a message unreadable. Only the header block
    /// counts: a body may hold raw bytes (a part sent as binary, or pasted into a forward).
    /// </summary>
    private static bool LooksBinary(byte[] head, int count)
    {
        const int HeaderStart = 256, MaxStrayNuls = 8;
        var headers = HeaderBlockLength(head, count);
        var nuls = 0;
        for (var i = Array.IndexOf(head, (byte)0, 0, headers); i >= 0; i = Array.IndexOf(head, (byte)0, i + 1, headers - i - 1))
            if (i < HeaderStart || ++nuls > MaxStrayNuls)
                return true;
        return false;
    }

    /// <summary>
    /// Up to the blank line that ends the header block, or all of <paramref name="count"/> when it
    /// does not end there. Blank lines before the first field do not end it.
    /// </summary>
    private static int HeaderBlockLength(byte[] head, int count)
    {
        var start = 0;
        while (start < count && head[start] is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')
            start++;
        for (var i = Array.IndexOf(head, (byte)'\n', start, count - start); i >= 0 && i + 1 < count; i = Array.IndexOf(head, (byte)'\n', i + 1, count - i - 1))
            if (head[i + 1] == '\n' || (head[i + 1] == '\r' && i + 2 < count && head[i + 2] == '\n'))
                return i;
        return count;
    }

    /// <summary>A message starts with a header field ("Name:") or an mbox "From " line.</summary>
    private static bool StartsWithHeader(byte[] head, int count)
    {
        var i = 0;
        while (i < count && (head[i] == '\r' || head[i] == '\n' || head[i] == ' ' || head[i] == '\t'))
            i++;
        if (i + 5 <= count && head[i] == 'F' && head[i + 1] == 'r' && head[i + 2] == 'o' && head[i + 3] == 'm' && head[i + 4] == ' ')
            return true;
        var nameStart = i;
        while (i < count && head[i] > 32 && head[i] < 127 && head[i] != ':')
            i++;
        return i > nameStart && i < count && head[i] == ':';
    }
}
