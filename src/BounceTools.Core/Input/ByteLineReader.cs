using System;
using System.IO;

namespace BounceTools.Input;

/// <summary>
/// Reads a stream line by line as byte slices, line terminator included, without decoding.
/// A line longer than the buffer is returned in buffer-sized pieces, so memory stays bounded.
/// </summary>
internal sealed class ByteLineReader
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private long _consumed;

    public ByteLineReader(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Bytes of the stream handed out so far.</summary>
    public long Position => _consumed;

    /// <summary>The next line; valid until the next call.</summary>
    public bool ReadLine(out ArraySegment<byte> line, out long offset)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
                return Take(newline + 1, out line, out offset);
            if (_start == 0 && _end == _buffer.Length)
                return Take(_end, out line, out offset);
            if (!Fill())
            {
                if (_end > _start)
                    return Take(_end, out line, out offset);
                line = default;
                offset = _consumed;
                return false;
            }
        }
    }

    private bool Take(int end, out ArraySegment<byte> line, out long offset)
    {
        line = new ArraySegment<byte>(_buffer, _start, end - _start);
        offset = _consumed;
        _consumed += end - _start;
        _start = end;
        return true;
    }

    private bool Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }
}
