using System;
using System.IO;

namespace BounceTools.Input;

/// <summary>
/// Reads a stream line by line as byte slices, terminator included, without decoding. LF, CRLF
/// and a lone CR (old Mac exports) all end a line. A line longer than the buffer is returned in
/// buffer-sized pieces, so memory stays bounded.
/// </summary>
internal sealed class ByteLineReader
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private long _consumed;
    private bool _endOfStream;

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
            var end = LineEnd();
            if (end > 0)
                return Take(end, out line, out offset);
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

    /// <summary>Index just past the first line terminator in the buffer, or 0 when more bytes are needed to tell.</summary>
    private int LineEnd()
    {
        for (var i = _start; i < _end; i++)
        {
            if (_buffer[i] == '\n')
                return i + 1;
            if (_buffer[i] != '\r')
                continue;
            if (i + 1 < _end)
                return _buffer[i + 1] == '\n' ? i + 2 : i + 1;
            // A CR as the last buffered byte: only the next byte tells CRLF from a lone CR.
            return _endOfStream ? i + 1 : 0;
        }
        return 0;
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
        if (_endOfStream)
            return false;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfStream = read == 0;
        return true;
    }
}
