using System;
using System.IO;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A MimeParser watched by a <see cref="StructureGuard"/>, made once and reused for message after
/// message: a new parser's buffers cost more than parsing a typical bounce allocates. Not thread-safe.
/// </summary>
internal sealed class GuardedParser
{
    private static readonly ParserOptions Options = CreateOptions();

    [ThreadStatic]
    private static GuardedParser? _ofThisThread;

    private readonly MimeParser _parser;
    private readonly StructureGuard _guard;

    private GuardedParser()
    {
        _parser = new MimeParser(Options, Stream.Null, MimeFormat.Entity, persistent: true);
        _guard = StructureGuard.Attach(_parser);
    }

    /// <summary>The parser of the calling thread, made on first use.</summary>
    public static GuardedParser OfThisThread => _ofThisThread ??= new GuardedParser();

    /// <exception cref="BounceParseException">The message breaks a structure limit.</exception>
    /// <exception cref="System.FormatException">MimeKit cannot read the message.</exception>
    public MimeMessage Parse(Stream stream, int maxParts)
    {
        _guard.Reset(maxParts);
        try
        {
            // Persistent: part contents stay in the stream, which outlives the parse, instead of being copied.
            _parser.SetStream(stream, MimeFormat.Entity, persistent: true);
            return _parser.ParseMessage();
        }
        finally
        {
            // Lets the message's bytes go with the message rather than with this thread.
            _parser.SetStream(Stream.Null, MimeFormat.Entity);
        }
    }

    /// <summary>Reads a header block, such as the one a notice quotes from the returned message.</summary>
    /// <exception cref="System.FormatException">MimeKit cannot read the headers.</exception>
    public HeaderList ParseHeaders(Stream stream)
    {
        try
        {
            _parser.SetStream(stream, MimeFormat.Entity);
            return _parser.ParseHeaders();
        }
        finally
        {
            _parser.SetStream(Stream.Null, MimeFormat.Entity);
        }
    }

    private static ParserOptions CreateOptions()
    {
        LegacyEncodings.Register();
        var options = ParserOptions.Default.Clone();
        // One level more than allowed, so that StructureGuard sees the level that breaks the limit.
        options.MaxMimeDepth = Limits.MaxMultipartDepth + 1;
        return options;
    }
}
