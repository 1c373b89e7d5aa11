using System;
using System.IO;

namespace BounceTools.Input;

/// <summary>A forward-only stream that replays bytes already read from a non-seekable stream, then continues with it.</summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly Stream _rest;
    private int _prefixPosition;

    public PrefixedStream(byte[] prefix, Stream rest)
    {
        _prefix = prefix;
        _rest = rest;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_prefixPosition < _prefix.Length)
        {
            var n = Math.Min(count, _prefix.Length - _prefixPosition);
            Buffer.BlockCopy(_prefix, _prefixPosition, buffer, offset, n);
            _prefixPosition += n;
            return n;
        }
        try
        {
            return _rest.Read(buffer, offset, count);
        }
        catch (InvalidDataException e)
        {
            throw new BounceParseException("The gzip data is corrupt: " + e.Message, "CorruptCompression", e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _rest.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
