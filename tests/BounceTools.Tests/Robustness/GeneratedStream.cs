namespace BounceTools.Tests.Robustness;

/// <summary>
/// A forward-only stream of head + line × count + tail, generated as it is read, that counts the
/// bytes a reader took from it.
/// </summary>
internal sealed class GeneratedStream : Stream
{
    private readonly byte[] _head;
    private readonly byte[] _line;
    private readonly byte[] _tail;
    private readonly long _length;

    public GeneratedStream(byte[] head, byte[] line, long count, byte[] tail)
    {
        _head = head;
        _line = line;
        _tail = tail;
        _length = head.Length + line.Length * count + tail.Length;
    }

    public long BytesRead { get; private set; }

    public long TotalLength => _length;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && BytesRead < _length)
        {
            var (source, start) = Segment(BytesRead);
            var length = (int)Math.Min(count - written, source.Length - start);
            Array.Copy(source, start, buffer, offset + written, length);
            written += length;
            BytesRead += length;
        }
        return written;
    }

    /// <summary>The array that holds the byte at <paramref name="position"/>, and the index of that byte in it.</summary>
    private (byte[] Source, int Start) Segment(long position)
    {
        if (position < _head.Length)
            return (_head, (int)position);
        var tailStart = _length - _tail.Length;
        if (position >= tailStart)
            return (_tail, (int)(position - tailStart));
        return (_line, (int)((position - _head.Length) % _line.Length));
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
