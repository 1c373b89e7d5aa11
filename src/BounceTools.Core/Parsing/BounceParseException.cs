using System;

namespace BounceTools;

/// <summary>
/// The one error the parser reports: the input is not a readable message (empty, binary,
/// not MIME) or it exceeds a documented limit. Any other exception is a bug.
/// </summary>
public sealed class BounceParseException : Exception
{
    public BounceParseException(string message, string errorKind, Exception? inner = null)
        : base(message, inner)
    {
        ErrorKind = errorKind;
    }

    /// <summary>A stable, short identifier of the failure, used in FullyQualifiedErrorId.</summary>
    public string ErrorKind { get; }
}
