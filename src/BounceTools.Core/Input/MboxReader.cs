using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Input;

/// <summary>One message cut out of an mbox file, with where it was found.</summary>
public sealed class MboxMessage
{
    internal MboxMessage(int number, long offset, byte[] content, bool truncated)
    {
        Number = number;
        Offset = offset;
        Content = content;
        IsTruncated = truncated;
    }

    /// <summary>1-based position of the message in the mbox.</summary>
    public int Number { get; }

    /// <summary>Byte offset of the message's "From " separator line.</summary>
    public long Offset { get; }

    /// <summary>The message without its separator line, with "&gt;From " quoting undone.</summary>
    public byte[] Content { get; }

    /// <summary>True when the message was longer than the kept prefix (its tail, usually a returned attachment, was skipped).</summary>
    public bool IsTruncated { get; }

    /// <summary>Marks the records of <paramref name="report"/>, parsed from this message, with its number and offset.</summary>
    internal BounceReport Locate(BounceReport report)
    {
        foreach (var record in report.Records)
        {
            record.MessageNumber = Number;
            record.MessageOffset = Offset;
        }
        return report;
    }
}

/// <summary>
/// Streams messages out of an mbox (mboxo or mboxrd): a message starts at a "From " line at the
/// start of the file or after a blank line, or at a complete separator line (sender and asctime date)
/// right after the closing boundary of a multipart message, where a careless writer appended the next
/// message without the blank line; one level of "&gt;From " quoting is removed.
/// Only one message is held at a time, and at most maxMessageBytes of it.
/// </summary>
public static class MboxReader
{
    private static readonly byte[] Separator = { (byte)'F', (byte)'r', (byte)'o', (byte)'m', (byte)' ' };

    public static IEnumerable<MboxMessage> Read(Stream stream, int maxMessageBytes, Action<long>? progress = null)
    {
        var lines = new ByteLineReader(stream);
        var body = new MemoryStream();
        var number = 0;
        long offset = -1;
        var truncated = false;
        var previousBlank = true;
        var previousClosingBoundary = false;

        while (lines.ReadLine(out var line, out var lineOffset))
        {
            if (StartsWith(line, Separator) && (previousBlank || previousClosingBoundary && IsCompleteSeparator(line)))
            {
                if (offset >= 0)
                    yield return Finish(++number, offset, body, truncated);
                offset = lineOffset;
                truncated = false;
                body.SetLength(0);
                previousBlank = false;
                progress?.Invoke(lines.Position);
                continue;
            }

            previousBlank = IsBlank(line);
            previousClosingBoundary = IsClosingBoundary(line);
            if (offset < 0)
                continue;
            var quoted = IsQuotedFrom(line);
            var start = line.Offset + (quoted ? 1 : 0);
            var count = line.Count - (quoted ? 1 : 0);
            if (body.Length + count > maxMessageBytes)
            {
                truncated = true;
                continue;
            }
            body.Write(line.Array!, start, count);
        }

        if (offset >= 0)
            yield return Finish(++number, offset, body, truncated);
        progress?.Invoke(lines.Position);
    }

    /// <summary>The message ends with the blank line before the next separator, which belongs to the format.</summary>
    private static MboxMessage Finish(int number, long offset, MemoryStream body, bool truncated)
    {
        var content = body.ToArray();
        var length = content.Length;
        if (length > 0 && content[length - 1] == '\n') length--;
        if (length > 0 && content[length - 1] == '\r') length--;
        if (length != content.Length)
            Array.Resize(ref content, length);
        return new MboxMessage(number, offset, content, truncated);
    }

    /// <summary>True when the line starts an mbox (used to tell an mbox from a single message).</summary>
    public static bool LooksLikeMbox(byte[] head, int length) =>
        length >= Separator.Length && StartsWith(new ArraySegment<byte>(head, 0, length), Separator);

    /// <summary>"From sender Thu Jul  2 12:05:05 2020", optionally with a zone after the time or the year.</summary>
    private static readonly Regex CompleteSeparator = new CoreRegex(
        @"^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d{1,2}:\d{2}(?::\d{2})?(?: [A-Z]{3,4}| [+-]\d{4})? \d{4}(?: [+-]\d{4})?\r?$",
        RegexOptions.CultureInvariant);

    private static bool IsCompleteSeparator(ArraySegment<byte> line) =>
        line.Count < 200 && CompleteSeparator.Tiered().IsMatch(Encoding.ASCII.GetString(line.Array!, line.Offset, line.Count).TrimEnd('\n'));

    private static bool IsQuotedFrom(ArraySegment<byte> line)
    {
        var i = 0;
        while (i < line.Count && line.Array![line.Offset + i] == '>')
            i++;
        return i > 0 && StartsWith(new ArraySegment<byte>(line.Array!, line.Offset + i, line.Count - i), Separator);
    }

    /// <summary>"--boundary--": the last line of a multipart message.</summary>
    private static bool IsClosingBoundary(ArraySegment<byte> line)
    {
        var end = line.Count;
        while (end > 0 && line.Array![line.Offset + end - 1] is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')
            end--;
        return end > 4 && line.Array![line.Offset] == '-' && line.Array[line.Offset + 1] == '-' &&
               line.Array[line.Offset + end - 1] == '-' && line.Array[line.Offset + end - 2] == '-';
    }

    private static bool IsBlank(ArraySegment<byte> line)
    {
        for (var i = 0; i < line.Count; i++)
        {
            var b = line.Array![line.Offset + i];
            if (b != '\r' && b != '\n')
                return false;
        }
        return true;
    }

    private static bool StartsWith(ArraySegment<byte> line, byte[] prefix)
    {
        if (line.Count < prefix.Length)
            return false;
        for (var i = 0; i < prefix.Length; i++)
            if (line.Array![line.Offset + i] != prefix[i])
                return false;
        return true;
    }
}
