using System.Collections.Generic;

namespace BounceTools;

/// <summary>The result of parsing one message: its recipients, or why it is not a bounce.</summary>
public sealed class BounceReport
{
    internal BounceReport(IReadOnlyList<BounceRecord> records, string format, string notBounceReason)
    {
        Records = records;
        Format = format;
        NotBounceReason = notBounceReason;
    }

    public IReadOnlyList<BounceRecord> Records { get; }

    /// <summary>The recognized format family; empty when the message is not a bounce.</summary>
    public string Format { get; }

    public bool IsBounce => Records.Count > 0;

    /// <summary>A short explanation when <see cref="IsBounce"/> is false.</summary>
    public string NotBounceReason { get; }
}
