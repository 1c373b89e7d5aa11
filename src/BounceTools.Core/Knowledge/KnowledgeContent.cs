using System.Collections.Generic;

namespace BounceTools.Knowledge;

/// <summary>Everything loaded from the knowledge data files.</summary>
internal sealed class KnowledgeContent
{
    public KnowledgeContent(IReadOnlyList<BounceCodeInfo> entries, CodeStructure structure)
    {
        Entries = entries;
        Structure = structure;
    }

    /// <summary>Registry enhanced codes, then reply codes, then provider entries, each in file order.</summary>
    public IReadOnlyList<BounceCodeInfo> Entries { get; }

    public CodeStructure Structure { get; }
}
