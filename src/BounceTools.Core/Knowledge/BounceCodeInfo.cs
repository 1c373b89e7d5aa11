using System;
using System.Collections.Generic;
using System.Linq;
using BounceTools.Knowledge;

namespace BounceTools;

/// <summary>Everything the knowledge base knows about one code, or one provider's use of a code.</summary>
public sealed class BounceCodeInfo
{
    private static readonly IReadOnlyList<string> None = Array.Empty<string>();

    /// <summary>
    /// The code: <c>5.1.1</c> or <c>550</c>. For a provider entry its enhanced code (or range such as
    /// <c>5.7.606-649</c>), else its reply code, else its tag.
    /// </summary>
    public string Code { get; internal set; } = "";

    /// <summary>For provider entries, the code as the provider writes it, such as <c>550 5.7.1 (S3140 / S3150)</c>; it tells variants apart.</summary>
    public string? ProviderCode { get; internal set; }

    public CodeKind Kind { get; internal set; }

    /// <summary>Null for registry and RFC entries; the provider's name for provider entries.</summary>
    public string? Provider { get; internal set; }

    /// <summary>The registry's or RFC's title; for provider entries a short title of the provider's meaning.</summary>
    public string Title { get; internal set; } = "";

    /// <summary>For provider entries: what the registry says the same enhanced code means, kept beside the provider's meaning.</summary>
    public string? RegistryTitle { get; internal set; }

    public string KeyIdea { get; internal set; } = "";

    public string Meaning { get; internal set; } = "";

    /// <summary>A registry fact worth knowing, such as a deprecation or a replacement.</summary>
    public string? Note { get; internal set; }

    public Permanence Permanence { get; internal set; }

    public BounceReason Reason { get; internal set; }

    public bool IsHardBounce =>
        BounceReasonFacts.IsHardBounce(Reason, FirstReplyCode, PrimaryStatus);

    /// <summary>False for codes that no registry or RFC defines (explained from their class and subject).</summary>
    public bool IsRegistered { get; internal set; }

    /// <summary>Enhanced status codes this entry covers; provider ranges are written like <c>5.7.606-649</c>.</summary>
    public IReadOnlyList<string> Statuses => StatusPatterns.Select(pattern => pattern.ToString()).ToList();

    /// <summary>Reply codes associated with the entry (by the registry, or as the provider sends them).</summary>
    public IReadOnlyList<int> ReplyCodes { get; internal set; } = Array.Empty<int>();

    /// <summary>Provider tags that identify the entry in server text, such as <c>TSS04</c>; a <c>*</c> stands for a part the provider varies (<c>LPN*630</c>).</summary>
    public IReadOnlyList<string> Tags { get; internal set; } = None;

    public IReadOnlyList<string> Causes { get; internal set; } = None;

    public IReadOnlyList<string> SenderSteps { get; internal set; } = None;

    public IReadOnlyList<string> AdminSteps { get; internal set; } = None;

    /// <summary>How servers typically word this result.</summary>
    public IReadOnlyList<string> Wording { get; internal set; } = None;

    public DsnExample? DsnExample { get; internal set; }

    public IReadOnlyList<RelatedCode> Related { get; internal set; } = Array.Empty<RelatedCode>();

    /// <summary>RFC numbers or provider page URLs.</summary>
    public IReadOnlyList<string> References { get; internal set; } = None;

    internal IReadOnlyList<StatusPattern> StatusPatterns { get; set; } = Array.Empty<StatusPattern>();

    /// <summary>Words that single out this provider variant in server text when the codes alone do not (matched as whole words).</summary>
    internal IReadOnlyList<string> Markers { get; set; } = None;

    /// <summary>Relations as written in the data, resolved into <see cref="Related"/> once everything is loaded.</summary>
    internal IReadOnlyList<(CodeRelation Relation, string Code)> DeclaredRelations { get; set; } = Array.Empty<(CodeRelation, string)>();

    private int? FirstReplyCode => ReplyCodes.Count > 0 ? ReplyCodes[0] : null;

    private string? PrimaryStatus => StatusPatterns.Count > 0 ? StatusPatterns[0].ToString() : null;

    /// <summary>
    /// A copy for one caller. PowerShell keeps type names and added members per object, so handing out
    /// the shared entries would let one command's additions show up in the next command's output.
    /// </summary>
    internal BounceCodeInfo Copy() => (BounceCodeInfo)MemberwiseClone();

    public override string ToString() => Provider is null ? $"{Code} {Title}" : $"{ProviderCode} [{Provider}] {Title}";
}
