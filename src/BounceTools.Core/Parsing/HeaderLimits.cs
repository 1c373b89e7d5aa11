using System;
using System.IO;
using System.Text;

namespace BounceTools.Parsing;

/// <summary>
/// Checks the header blocks of a raw message against the header limits before MimeKit parses it.
/// MimeKit keeps every header field as objects, and its time grows with the square of the size of
/// one field (long lines, many folds), so both are bounded here in one linear pass.
/// </summary>
/// <remarks>
/// Header blocks are found conservatively, as places where MimeKit could read headers: the start
/// of the message, the lines after any line that starts with "--" (a possible boundary), and the
/// start of the body of a block that may hold an attached message (a message/* type other than the
/// report types, or no Content-Type at all). Body text taken for headers only counts against the
/// limits; it is never read as headers.
/// </remarks>
internal sealed class HeaderLimits
{
    private const int CapturedFieldBytes = 256;
    private const string ContentTypeName = "content-type:";

    private static readonly string[] ReportTypes =
    {
        "delivery-status", "global-delivery-status", "disposition-notification",
        "global-disposition-notification", "feedback-report",
    };

    private readonly BounceParserOptions _limits;
    private bool _inHeaders = true;
    private bool _bodyMayBeMessage;
    private bool _blockHasContentType;
    private bool _blockMayAttachMessage;
    private long _fieldBytes;
    private long _headerBytes;
    private int _fields;
    private readonly StringBuilder _field = new(CapturedFieldBytes);

    // The line being read.
    private long _lineLength;
    private byte _first;
    private byte _second;
    private bool _inName = true;
    private bool _looksLikeField;
    private bool _capturing;
    private bool _fieldIsContentType;
    private readonly StringBuilder _line = new(CapturedFieldBytes);

    private HeaderLimits(BounceParserOptions limits)
    {
        _limits = limits;
    }

    /// <exception cref="BounceParseException">A header limit is broken.</exception>
    public static void Check(Stream stream, BounceParserOptions limits)
    {
        if (TooShortToBreak(stream.Length - stream.Position, limits))
            return;
        var start = stream.Position;
        var scan = new HeaderLimits(limits);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(65536);
        try
        {
            scan.Scan(stream, buffer);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        scan.EndLine();
        stream.Position = start;
    }

    /// <summary>
    /// Most bounces are a few kilobytes, and a message that short cannot break a header limit:
    /// the bytes counted for a field or for all headers are at most twice the message's size
    /// (a line counts its bytes plus two for its break), and every field takes at least three bytes.
    /// </summary>
    private static bool TooShortToBreak(long length, BounceParserOptions limits) =>
        2 * length <= Limits.MaxHeaderFieldBytes && 2 * length <= limits.MaxHeaderBytes && (length + 1) / 3 <= limits.MaxHeaderFields;

    private void Scan(Stream stream, byte[] buffer)
    {
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var i = 0;
            while (i < read)
            {
                if (InPlainBodyLine || InUncapturedFieldValue)
                {
                    // Nothing but the start of the next line (and, in a field, the length) matters here: jump to it.
                    var newline = Array.IndexOf(buffer, (byte)'\n', i, read - i);
                    var end = newline < 0 ? read : newline;
                    if (!InPlainBodyLine)
                        CountFieldBytes(buffer, i, end);
                    i = end;
                    if (newline < 0)
                        break;
                }
                Take(buffer[i++]);
            }
        }
    }

    /// <summary>Past the first two bytes of a body line that cannot start an attached message.</summary>
    private bool InPlainBodyLine => !_inHeaders && !_bodyMayBeMessage && _lineLength >= 2;

    /// <summary>In a header line, past the field name, where no text is kept.</summary>
    private bool InUncapturedFieldValue => !_inName && !_capturing && _lineLength >= 2 && (_inHeaders || _bodyMayBeMessage);

    /// <summary>Counts the bytes of a stretch of a field's line as <see cref="Take"/> would, CRs aside.</summary>
    private void CountFieldBytes(byte[] buffer, int start, int end)
    {
        var count = end - start;
        for (var cr = Array.IndexOf(buffer, (byte)'\r', start, end - start); cr >= 0; cr = Array.IndexOf(buffer, (byte)'\r', cr + 1, end - cr - 1))
            count--;
        _lineLength += count;
        if (_inHeaders && _lineLength > Limits.MaxHeaderFieldBytes)
            throw FieldTooLarge();
    }

    private void Take(byte b)
    {
        if (b == '\n')
        {
            EndLine();
            return;
        }
        if (b == '\r')
            return;
        if (_lineLength == 0)
            StartLine(b);
        else if (_lineLength == 1)
            _second = b;
        _lineLength++;
        if (!_inHeaders && !_bodyMayBeMessage)
            return;
        if (_inHeaders && _lineLength > Limits.MaxHeaderFieldBytes)
            throw FieldTooLarge(); // without waiting for the end of a line that may never end
        if (_capturing)
        {
            if (_line.Length < CapturedFieldBytes)
                _line.Append(char.ToLowerInvariant((char)b));
            else
                _capturing = false;
        }
        if (!_inName)
            return;
        if (b == ':')
        {
            _looksLikeField = _lineLength > 1;
            _inName = false;
            _fieldIsContentType = _capturing && _line.Length == ContentTypeName.Length && StartsWith(_line, ContentTypeName);
            _capturing = _fieldIsContentType;
        }
        else if (b <= 32 || b >= 127)
        {
            _inName = false;
        }
    }

    /// <summary>
    /// Only a Content-Type field (and its folded lines) says what the body holds, so only such a
    /// field's text is kept; other lines are counted, not copied.
    /// </summary>
    private void StartLine(byte first)
    {
        _first = first;
        var folded = first == ' ' || first == '\t';
        if (!folded)
            _fieldIsContentType = false;
        _capturing = first == 'c' || first == 'C' || (folded && _fieldIsContentType);
    }

    private void EndLine()
    {
        if (_inHeaders)
            HeaderLine();
        else if (_first == '-' && _second == '-' && _lineLength >= 2)
            StartBlock();
        else if (_bodyMayBeMessage && _lineLength > 0)
        {
            _bodyMayBeMessage = false;
            if (_looksLikeField)
            {
                StartBlock();
                HeaderLine();
            }
        }

        _lineLength = 0;
        _inName = true;
        _looksLikeField = false;
        _line.Clear();
    }

    private void StartBlock()
    {
        _inHeaders = true;
        _blockHasContentType = false;
        _blockMayAttachMessage = false;
    }

    private void HeaderLine()
    {
        var folded = _lineLength > 0 && (_first == ' ' || _first == '\t');
        if (!folded)
            EndField();

        if (_lineLength == 0)
        {
            _inHeaders = false;
            _bodyMayBeMessage = _blockMayAttachMessage || !_blockHasContentType;
            return;
        }

        _fieldBytes += _lineLength + 2;
        _headerBytes += _lineLength + 2;
        if (_looksLikeField && !folded)
            _fields++;
        // Char by char: netstandard2.0 has no Append(StringBuilder), and Append(object) makes a string.
        for (var i = 0; i < _line.Length && _field.Length < CapturedFieldBytes; i++)
            _field.Append(_line[i]);

        if (_fieldBytes > Limits.MaxHeaderFieldBytes)
            throw FieldTooLarge();
        if (_headerBytes > _limits.MaxHeaderBytes)
            throw new BounceParseException($"The message's header blocks are larger than {_limits.MaxHeaderBytes} bytes.", "HeaderTooLarge");
        if (_fields > _limits.MaxHeaderFields)
            throw new BounceParseException($"The message has more than {_limits.MaxHeaderFields} header fields.", "TooManyHeaderFields");
    }

    private static BounceParseException FieldTooLarge() =>
        new($"A header field is longer than {Limits.MaxHeaderFieldBytes} bytes.", "HeaderTooLarge");

    /// <summary>Notes what the field just completed says about the body; starts the next one.</summary>
    private void EndField()
    {
        if (StartsWith(_field, ContentTypeName))
        {
            _blockHasContentType = true;
            _blockMayAttachMessage |= MayBeMessageType(_field.ToString(), truncated: _fieldBytes > CapturedFieldBytes);
        }
        _field.Clear();
        _fieldBytes = 0;
    }

    /// <summary>Compared in place: netstandard2.0 offers no way but ToString, which would copy every field.</summary>
    private static bool StartsWith(StringBuilder text, string prefix)
    {
        if (text.Length < prefix.Length)
            return false;
        for (var i = 0; i < prefix.Length; i++)
            if (text[i] != prefix[i])
                return false;
        return true;
    }

    private static bool MayBeMessageType(string field, bool truncated)
    {
        var at = field.IndexOf("message/", StringComparison.Ordinal);
        if (at < 0)
            return truncated;
        var subtype = field.Substring(at + "message/".Length);
        foreach (var type in ReportTypes)
            if (subtype.StartsWith(type, StringComparison.Ordinal))
                return truncated;
        return true;
    }
}
