using System.Text;

namespace BounceTools.Tests.Robustness;

/// <summary>Broken variants of a well-formed message, each with a label that says what was broken.</summary>
internal static class FixtureMutations
{
    public static IEnumerable<(string Label, byte[] Message)> TruncatedAtEveryByte(byte[] message)
    {
        for (var length = 0; length < message.Length; length++)
            yield return ($"truncated at {length}", message[..length]);
    }

    /// <summary>Cut after every line, and inside lines at a stride.</summary>
    public static IEnumerable<(string Label, byte[] Message)> TruncatedAtBoundaries(byte[] message, int stride = 53)
    {
        for (var length = 0; length < message.Length; length++)
            if (length % stride == 0 || message[length] == '\n')
                yield return ($"truncated at {length}", message[..length]);
    }

    public static IEnumerable<(string Label, byte[] Message)> ByteFlips(byte[] message, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var copy = (byte[])message.Clone();
            var flips = random.Next(1, 9);
            for (var f = 0; f < flips; f++)
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            yield return ($"byte flips #{i} (seed {seed})", copy);
        }
    }

    public static IEnumerable<(string Label, byte[] Message)> NulBytes(byte[] message, int stride = 31)
    {
        for (var at = 0; at < message.Length; at += stride)
            yield return ($"NUL at {at}", [.. message[..at], 0, .. message[at..]]);
    }

    /// <summary>Every MIME boundary line duplicated, removed, and all of them removed at once.</summary>
    public static IEnumerable<(string Label, byte[] Message)> Boundaries(byte[] message)
    {
        var lines = Lines(message);
        var boundaries = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith("--", StringComparison.Ordinal)).ToList();
        foreach (var i in boundaries)
        {
            yield return ($"boundary line {i} duplicated", Join(lines.Take(i + 1).Append(lines[i]).Concat(lines.Skip(i + 1))));
            yield return ($"boundary line {i} removed", Join(lines.Where((_, n) => n != i)));
        }
        yield return ("every boundary line removed", Join(lines.Where((_, n) => !boundaries.Contains(n))));
    }

    /// <summary>Every part declared base64 or quoted-printable over content that is not.</summary>
    public static IEnumerable<(string Label, byte[] Message)> BadTransferEncodings(byte[] message)
    {
        foreach (var encoding in new[] { "base64", "quoted-printable", "x-uuencode", "bogus" })
            yield return ($"every part declared {encoding}", InsertAfterContentType(message, $"Content-Transfer-Encoding: {encoding}\r\n"));
        var text = Latin1(message);
        yield return ("broken base64 and QP runs in bodies", Encoding.Latin1.GetBytes(text.Replace("\n\n", "\n\n====!!@@\r\n=ZZ=\r\n=\r\nQUJD=\r\n")));
    }

    public static IEnumerable<(string Label, byte[] Message)> Charsets(byte[] message)
    {
        foreach (var charset in new[] { "x-unknown-zz", "", "\"utf-8", "utf-7", "iso-2022-jp", "utf-32", "ks_c_5601-1987", "\u00ff\u00fe", new string('a', 5000) })
            yield return ($"charset '{charset}'", Encoding.Latin1.GetBytes(Latin1(message).Replace("Content-Type: text/plain", "Content-Type: text/plain; charset=" + charset)
                .Replace("Content-Type: message/delivery-status", "Content-Type: message/delivery-status; charset=" + charset)));
    }

    /// <summary>Raw 8-bit bytes, valid UTF-8 and invalid sequences alike, inside header fields.</summary>
    public static IEnumerable<(string Label, byte[] Message)> EightBitHeaders(byte[] message)
    {
        var raw = new byte[] { 0xC3, 0xA9, 0xFF, 0xFE, 0x80, 0xE2, 0x82, 0xC0, 0xAF };
        var text = Latin1(message);
        foreach (var field in new[] { "Subject: ", "From: ", "Final-Recipient: ", "Diagnostic-Code: ", "Content-Type: ", "Status: " })
            yield return ($"8-bit bytes after '{field}'", Encoding.Latin1.GetBytes(text.Replace(field, field + Encoding.Latin1.GetString(raw))));
        yield return ("8-bit header name", Encoding.Latin1.GetBytes("X-\u00e9\u00ff: v\r\n" + text));
    }

    private static byte[] InsertAfterContentType(byte[] message, string header) =>
        Join(Lines(message).SelectMany(line => line.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase)
            ? new[] { header.TrimEnd('\r', '\n'), line }
            : new[] { line }));

    private static string Latin1(byte[] message) => Encoding.Latin1.GetString(message);

    private static List<string> Lines(byte[] message) => Latin1(message).Split('\n').Select(l => l.TrimEnd('\r')).ToList();

    private static byte[] Join(IEnumerable<string> lines) => Encoding.Latin1.GetBytes(string.Join("\r\n", lines));
}
