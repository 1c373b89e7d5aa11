using System;
using System.Buffers;
using System.IO;

namespace BounceTools.Parsing;

/// <summary>
/// The bytes of a stream, up to a cap, in a buffer rented from the shared pool: decoding a part's
/// text then costs the resulting string and nothing else. Dispose returns the buffer.
/// </summary>
internal readonly struct PooledBytes : IDisposable
{
    private const int FirstChunk = 16 * 1024;

    /// <param name="buffer">A buffer rented from <see cref="ArrayPool{T}.Shared"/>, which Dispose returns.</param>
    /// <param name="count">How many of its bytes are content.</param>
    public PooledBytes(byte[] buffer, int count)
    {
        Buffer = buffer;
        Count = count;
    }

    public byte[] Buffer { get; }
    public int Count { get; }

    public static PooledBytes Read(Stream stream, int cap)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(FirstChunk, cap));
        var count = 0;
        int read;
        while (count < cap && (read = stream.Read(buffer, count, Math.Min(buffer.Length, cap) - count)) > 0)
        {
            count += read;
            if (count == buffer.Length && count < cap)
                buffer = Grow(buffer, count);
        }
        return new PooledBytes(buffer, count);
    }

    private static byte[] Grow(byte[] buffer, int count)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        System.Buffer.BlockCopy(buffer, 0, larger, 0, count);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(Buffer);
}
