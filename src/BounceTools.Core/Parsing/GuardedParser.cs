using System.IO;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A MimeParser watched by a <see cref="StructureGuard"/>, made once and reused for message after
/// message: a new parser's buffers cost more than parsing a typical bounce allocates. Not thread-safe.
/// </summary>
internal sealed class GuardedParser
{
    private readonly MimeParser _parser;
    private readonly StructureGuard _guard;

    public GuardedParser(ParserOptions options)
    {
        _parser = new MimeParser(options, Stream.Null, MimeFormat.Entity, persistent: true);
        _guard = StructureGuard.Attach(_parser);
    }

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
}
