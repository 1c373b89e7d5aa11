namespace BounceTools.Parsing;

/// <summary>
/// Fixed bounds that hold on any input, beside the settable ones in <see cref="BounceParserOptions"/>.
/// They protect the stack and the clock rather than express a policy, so they are not settable.
/// </summary>
internal static class Limits
{
    /// <summary>Deepest nesting of multiparts and attached messages; deeper gives <c>NestingTooDeep</c>.</summary>
    public const int MaxMultipartDepth = 64;

    /// <summary>
    /// Longest header field, folded lines included, in bytes; longer gives <c>HeaderTooLarge</c>.
    /// MimeKit's time on one field grows with the square of its size: 32 KiB costs milliseconds.
    /// </summary>
    public const int MaxHeaderFieldBytes = 32 * 1024;

    /// <summary>Most characters of a header block quoted in text (a returned original) that are read.</summary>
    public const int MaxQuotedHeaderChars = 64 * 1024;

    /// <summary>Most characters of decoded text read from one part (delivery status, body, returned headers).</summary>
    public const int MaxPartTextChars = 1024 * 1024;
}
