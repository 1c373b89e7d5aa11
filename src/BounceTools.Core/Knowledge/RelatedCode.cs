namespace BounceTools;

/// <summary>A link from one knowledge entry to another.</summary>
public sealed class RelatedCode
{
    public RelatedCode(string code, CodeRelation relation, string? provider = null)
    {
        Code = code;
        Relation = relation;
        Provider = provider;
    }

    public string Code { get; }

    public CodeRelation Relation { get; }

    /// <summary>Set when the related entry is a provider's, so it can be looked up with -Provider.</summary>
    public string? Provider { get; }

    public override string ToString() =>
        Provider is null ? $"{Code} ({Relation})" : $"{Code} ({Relation}, {Provider})";
}
