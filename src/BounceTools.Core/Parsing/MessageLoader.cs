using System;
using System.IO;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>Reads bytes into a MimeMessage, turning anything unreadable into a BounceParseException.</summary>
internal static class MessageLoader
{
    private const int SniffLength = 4096;

    private static readonly ParserOptions Options = CreateOptions();

    public static MimeMessage Load(Stream stream, BounceParserOptions limits)
    {
        var buffered = stream.CanSeek ? CheckSize(stream, limits) : Buffer(stream, limits);
        var head = Sniff(buffered);
        if (head.Length == 0)
            throw new BounceParseException("The message is empty.", "EmptyMessage");
        if (LooksBinary(head) || !StartsWithHeader(head))
            throw new BounceParseException("The content is not an email message (no header block).", "NotMimeMessage");
        if (UsesBareCarriageReturns(head))
            buffered = WithLineFeeds(buffered);
        HeaderLimits.Check(buffered, limits);

        try
        {
            // Persistent: part contents stay in the stream, which outlives the parse, instead of being copied.
            var parser = new MimeParser(Options, buffered, MimeFormat.Entity, persistent: true);
            StructureGuard.Attach(parser, limits.MaxMimeParts);
            return parser.ParseMessage();
        }
        catch (FormatException e)
        {
            throw new BounceParseException("The message could not be parsed: " + e.Message, "MalformedMessage", e);
        }
    }

    private static ParserOptions CreateOptions()
    {
        LegacyEncodings.Register();
        var options = ParserOptions.Default.Clone();
        // One level more than allowed, so that StructureGuard sees the level that breaks the limit.
        options.MaxMimeDepth = Limits.MaxMultipartDepth + 1;
        return options;
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

    private static byte[] Sniff(Stream stream)
    {
        var start = stream.Position;
        var buffer = new byte[SniffLength];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            read += n;
        stream.Position = start;
        Array.Resize(ref buffer, read);
        return buffer;
    }

    /// <summary>
    /// Old Mac tools store mail with CR alone ending each line, which a MIME parser reads as one
    /// endless line. The header block tells: line breaks but not a single LF.
    /// </summary>
    private static bool UsesBareCarriageReturns(byte[] head) =>
        Array.IndexOf(head, (byte)'\n') < 0 && Array.IndexOf(head, (byte)'\r') >= 0;

    private static Stream WithLineFeeds(Stream stream)
    {
        var converted = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
                if (buffer[i] == (byte)'\r')
                    buffer[i] = (byte)'\n';
            converted.Write(buffer, 0, read);
        }
        converted.Position = 0;
        return converted;
    }

    /// <summary>A message starts with a header field ("Name:") or an mbox "From " line.</summary>
    /// <summary>
    /// Binary files have NUL bytes early and often; a stray NUL further on (some mail stores pad
    /// the end of a message with one) does not make a message unreadable.
    /// </summary>
    private static bool LooksBinary(byte[] head)
    {
        const int HeaderStart = 256, MaxStrayNuls = 8;
        var nuls = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] != 0)
                continue;
            if (i < HeaderStart || ++nuls > MaxStrayNuls)
                return true;
        }
        return false;
    }

    private static bool StartsWithHeader(byte[] head)
    {
        var i = 0;
        while (i < head.Length && (head[i] == '\r' || head[i] == '\n' || head[i] == ' ' || head[i] == '\t'))
            i++;
        if (i + 5 <= head.Length && head[i] == 'F' && head[i + 1] == 'r' && head[i + 2] == 'o' && head[i + 3] == 'm' && head[i + 4] == ' ')
            return true;
        var nameStart = i;
        while (i < head.Length && head[i] > 32 && head[i] < 127 && head[i] != ':')
            i++;
        return i > nameStart && i < head.Length && head[i] == ':';
    }
}
