using System;
using System.Buffers;
using MimeKit;
using MimeKit.Encodings;

namespace BounceTools.Parsing;

/// <summary>
/// A part's content with its transfer encoding undone, decoded in one pass into a pooled buffer:
/// MimeKit's decoding stream allocates fresh read and filter buffers for every part it opens.
/// </summary>
internal static class PartContent
{
    // Quoted-printable spends at most three bytes on one decoded byte.
    private const int MostEncodedBytesPerByte = 3;

    /// <summary>At most <paramref name="cap"/> decoded bytes.</summary>
    public static PooledBytes ReadDecoded(IMimeContent content, int cap)
    {
        var stream = content.Stream;
        var decoder = DecoderFor(content.Encoding);
        if (stream is not { CanSeek: true })
        {
            using var decoding = content.Open();
            return PooledBytes.Read(decoding, cap);
        }
        stream.Position = 0;
        if (decoder == null)
            return PooledBytes.Read(stream, cap);
        using var raw = PooledBytes.Read(stream, (int)Math.Min(int.MaxValue / 2, (long)cap * MostEncodedBytesPerByte));
        var decoded = ArrayPool<byte>.Shared.Rent(Math.Max(1, decoder.EstimateOutputLength(raw.Count)));
        var count = decoder.Decode(raw.Buffer, 0, raw.Count, decoded);
        return new PooledBytes(decoded, Math.Min(count, cap));
    }

    private static IMimeDecoder? DecoderFor(ContentEncoding encoding) => encoding switch
    {
        ContentEncoding.Base64 => new Base64Decoder(),
        ContentEncoding.QuotedPrintable => new QuotedPrintableDecoder(),
        ContentEncoding.UUEncode => new UUDecoder(),
        _ => null,
    };
}
