using System.Collections.Generic;
using System.Linq;
using BounceTools.Classification;

namespace BounceTools.Knowledge;

/// <summary>Rules the loaded knowledge must satisfy beyond what each record says on its own.</summary>
internal static class KnowledgeChecks
{
    public const int MinimumCauses = 3;

    public static void Check(KnowledgeContent content, ICollection<string> errors)
    {
        var knownProviders = new HashSet<string>(ProviderDetector.KnownProviders);
        foreach (var entry in content.Entries)
        {
            var where = entry.Provider is null ? entry.Code : $"{entry.ProviderCode} [{entry.Provider}]";
            if (entry.KeyIdea.Length == 0 || entry.Meaning.Length == 0)
                errors.Add($"{where}: needs 'key' and 'meaning'");
            if (entry.References.Count == 0)
                errors.Add($"{where}: needs a reference");
            if (entry.Provider is not null && !knownProviders.Contains(entry.Provider))
                errors.Add($"{where}: provider '{entry.Provider}' is not in Rules/providers.tsv, so text lookups could never pick it");
            if (entry.Provider is null && entry.Causes.Count > 0)
                CheckFullEntry(entry, where, errors);
        }
        CheckStructure(content.Structure, errors);
    }

    /// <summary>A registry entry that starts on causes must be complete: a half-written page misleads.</summary>
    private static void CheckFullEntry(BounceCodeInfo entry, string where, ICollection<string> errors)
    {
        if (entry.Causes.Count < MinimumCauses)
            errors.Add($"{where}: a full entry needs at least {MinimumCauses} causes");
        if (entry.SenderSteps.Count == 0 || entry.AdminSteps.Count == 0 || entry.Wording.Count == 0)
            errors.Add($"{where}: a full entry needs 'sender', 'admin' and 'wording'");
        if (entry.DsnExample is null)
            errors.Add($"{where}: a full entry needs 'dsn-action' and 'dsn-diagnostic'");
        if (entry.Related.All(related => related.Relation == CodeRelation.ProviderVariant))
            errors.Add($"{where}: a full entry needs related codes of its own");
    }

    private static void CheckStructure(CodeStructure structure, ICollection<string> errors)
    {
        if (structure.EnhancedClasses.Count != 3 || structure.EnhancedSubjects.Count != 8)
            errors.Add($"{KnowledgeLoader.StructureFile}: needs the 3 classes and the 8 subjects (0-7)");
        if (!"2345".All(structure.ReplyFirstDigits.ContainsKey) || !"012345".All(structure.ReplySecondDigits.ContainsKey))
            errors.Add($"{KnowledgeLoader.StructureFile}: needs reply digits 2xx-5xx and x0x-x5x");
    }
}
