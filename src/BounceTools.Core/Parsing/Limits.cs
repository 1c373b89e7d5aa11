namespace BounceTools.Parsing;

/// <summary>
/// Fixed bounds that hold on any input, beside the settable ones in <see cref="BounceParserOptions"/>.
/// They protect the stack and the clock rather than express a policy, so they are not settable.
/// </summary>
internal static class Limits
{
    /// <summary>Deepest nesting of multiparts and attached messages; deeper gives <c>NestingTooDeep</c>.</summary>
    public const int MaxMultipartDepth = 64;

    /// <summary>Most characters of decoded text read from one part (delivery status, body, returned headers).</summary>
    public const int MaxPartTextChars = 1024 * 1024;
}
