namespace BounceTools.Classification;

/// <summary>A reason and the rule that decided it.</summary>
public readonly struct ReasonDecision
{
    public ReasonDecision(BounceReason reason, string source)
    {
        Reason = reason;
        Source = source;
    }

    public BounceReason Reason { get; }

    /// <summary>Human-readable description of the deciding rule, such as "status 5.1.1".</summary>
    public string Source { get; }
}
