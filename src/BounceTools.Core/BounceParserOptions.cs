using System;

namespace BounceTools;

/// <summary>
/// Size limits that hold on any input, so that one hostile message cannot stall a run or exhaust
/// memory. A message over a limit is rejected with a <see cref="BounceParseException"/> whose
/// <see cref="BounceParseException.ErrorKind"/> names the limit; the defaults suit every real
/// bounce seen so far. Fixed safety bounds (nesting depth, text read from one part, regular
/// expression time) are not settable and are listed in the README.
/// </summary>
public sealed class BounceParserOptions
{
    /// <summary>The limits used when a caller passes none; a new instance each time, so no caller can change them for another.</summary>
    public static BounceParserOptions Default => new();

    /// <summary>Largest message read, in bytes (default 64 MiB). Over it: <c>MessageTooLarge</c>.</summary>
    public long MaxMessageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Most bytes in all header blocks of the message together, those of its parts and attached
    /// messages included (default 1 MiB). Over it: <c>HeaderTooLarge</c>.
    /// </summary>
    public long MaxHeaderBytes { get; set; } = 1024 * 1024;

    /// <summary>Most header fields in all header blocks of the message together (default 10,000). Over it: <c>TooManyHeaderFields</c>.</summary>
    public int MaxHeaderFields { get; set; } = 10_000;

    /// <summary>Most MIME entities, attached messages included (default 10,000). Over it: <c>TooManyParts</c>.</summary>
    public int MaxMimeParts { get; set; } = 10_000;

    /// <summary>
    /// Most recipients found in one message (default 500). Over it: <c>TooManyRecipients</c>.
    /// Classifying one recipient costs about a millisecond, so this bounds the time of a message.
    /// </summary>
    public int MaxRecipients { get; set; } = 500;

    /// <summary>
    /// Longest diagnostic text kept per recipient, in characters (default 8,192). Longer text is
    /// cut, not rejected: the record keeps its start, where servers put the reply code.
    /// </summary>
    public int MaxDiagnosticChars { get; set; } = 8_192;

    internal void Validate()
    {
        if (MaxMessageBytes < 1 || MaxHeaderBytes < 1 || MaxHeaderFields < 1 || MaxMimeParts < 1 || MaxRecipients < 1 || MaxDiagnosticChars < 1)
            throw new ArgumentOutOfRangeException(nameof(BounceParserOptions), "Every limit must be at least 1.");
    }
}
