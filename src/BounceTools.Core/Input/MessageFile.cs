using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace BounceTools.Input;

/// <summary>What reading one file gave: the report of its single message, or the news that it is a mailbox.</summary>
public sealed class FileParseResult
{
    private FileParseResult(BounceReport? report, bool isMailbox)
    {
        Report = report;
        IsMailbox = isMailbox;
    }

    /// <summary>The parsed message; null when the file is a mailbox.</summary>
    public BounceReport? Report { get; }

    /// <summary>True for an mbox file: read its messages with <see cref="MessageFile.ReadMailbox"/>.</summary>
    public bool IsMailbox { get; }

    internal static FileParseResult Message(BounceReport report) => new(report, false);
    internal static readonly FileParseResult Mailbox = new(null, true);
}

/// <summary>
/// Reads message files whatever their packaging: a single message, an mbox, either one gzip
/// compressed, or an Apple Mail .emlx. The kind is told from the content, not the extension. Files are opened
/// read-only and shared, so a mail server may keep writing to them.
/// </summary>
public static class MessageFile
{
    private static readonly byte[] GzipMagic = { 0x1f, 0x8b };

    /// <summary>Largest part of one mbox message that is kept for parsing; the rest is skipped unread.</summary>
    public const int MaxMailboxMessageBytes = 8 * 1024 * 1024;

    private const int WholeReadBytes = 1024 * 1024;

    /// <summary>Parses a single-message file, or says that it is a mailbox without reading it further.</summary>
    public static FileParseResult Parse(string path) => Parse(path, (content, source) => BounceParser.Parse(content, source));

    /// <summary>As <see cref="Parse(string)"/>, with <paramref name="parseContent"/> parsing a message read whole.</summary>
    internal static FileParseResult Parse(string path, Func<byte[], string, BounceReport> parseContent)
    {
        using var content = Open(path, out var isMailbox, out var file);
        if (isMailbox)
            return FileParseResult.Mailbox;
        // A small plain message is read with one call into one array; going through a buffered
        // stream cost a 64 KB buffer per file, which dominated runs over many small files. Large
        // ones stay streamed, so that MimeKit can leave attachments in the file.
        if (!ReferenceEquals(content, file))
            return FileParseResult.Message(BounceParser.Parse(content, path));
        var length = AppleMailFile.SkipLengthLine(file) ?? file.Length;
        if (length <= WholeReadBytes)
            return FileParseResult.Message(parseContent(Read(file, length), path));
        return FileParseResult.Message(BounceParser.Parse(file, path));
    }

    private static byte[] Read(FileStream file, long length)
    {
        var bytes = new byte[length];
        var read = 0;
        int n;
        while (read < bytes.Length && (n = file.Read(bytes, read, bytes.Length - read)) > 0)
            read += n;
        if (read < bytes.Length)
            Array.Resize(ref bytes, read);
        return bytes;
    }

    /// <summary>Streams the messages of an mbox file. <paramref name="progress"/> gets (bytes read, file length).</summary>
    public static IEnumerable<MboxMessage> ReadMailbox(string path, Action<long, long>? progress = null)
    {
        using var content = Open(path, out _, out var file);
        var length = file.Length;
        foreach (var message in MboxReader.Read(content, MaxMailboxMessageBytes, _ => progress?.Invoke(file.Position, length)))
            yield return message;
    }

    private static Stream Open(string path, out bool isMailbox, out FileStream file)
    {
        // Unbuffered (a buffer of one byte): every reader here reads in large blocks of its own.
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        try
        {
            Stream content = file;
            var head = ReadHead(file, 5);
            file.Position = 0;
            if (head.Length >= 2 && head[0] == GzipMagic[0] && head[1] == GzipMagic[1])
            {
                content = new GZipStream(file, CompressionMode.Decompress);
                head = ReadHead(content, 5);
                content = new PrefixedStream(head, content);
            }
            isMailbox = MboxReader.LooksLikeMbox(head, head.Length);
            return content;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static byte[] ReadHead(Stream stream, int count)
    {
        var head = new byte[count];
        var read = 0;
        int n;
        try
        {
            while (read < count && (n = stream.Read(head, read, count - read)) > 0)
                read += n;
        }
        catch (InvalidDataException e)
        {
            throw new BounceParseException("The gzip data is corrupt: " + e.Message, "CorruptCompression", e);
        }
        Array.Resize(ref head, read);
        return head;
    }
}
