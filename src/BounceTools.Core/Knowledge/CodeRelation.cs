namespace BounceTools;

/// <summary>How a related code relates to the entry that lists it.</summary>
public enum CodeRelation
{
    /// <summary>The same detail in another class (4.1.1 beside 5.1.1).</summary>
    OtherClass,

    /// <summary>This entry replaces the related code for a particular case.</summary>
    Replaces,

    /// <summary>The related code replaces this entry (for a case, or entirely).</summary>
    ReplacedBy,

    /// <summary>A provider's own meaning for the same code.</summary>
    ProviderVariant,

    /// <summary>Worth reading together with this entry.</summary>
    SeeAlso,
}
