using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>
/// Resolves the relations written in the data and adds the ones that follow from the codes:
/// each registry entry lists the providers' variants of it, and each provider entry points back
/// to the registry's meaning of its code.
/// </summary>
internal static class RelationLinker
{
    public static void Link(IReadOnlyList<BounceCodeInfo> registry, IReadOnlyList<BounceCodeInfo> providers, ICollection<string> errors)
    {
        var registryByCode = registry.ToDictionary(entry => entry.Code);
        var variants = registry.ToDictionary(entry => entry.Code, _ => new List<RelatedCode>());

        foreach (var entry in providers)
        {
            var registryCodes = RegistryCodesOf(entry).Where(registryByCode.ContainsKey).ToList();
            var primary = entry.StatusPatterns.FirstOrDefault();
            entry.IsRegistered = primary is { IsRange: false } && registryByCode.ContainsKey(primary.ToString());
            entry.RegistryTitle = primary is null ? null
                : entry.IsRegistered ? registryByCode[primary.ToString()].Title
                : "Not in the IANA registry";
            foreach (var code in registryCodes)
                variants[code].Add(new RelatedCode(entry.ProviderCode!, CodeRelation.ProviderVariant, entry.Provider));
            entry.Related = registryCodes.Select(code => new RelatedCode(code, CodeRelation.SeeAlso))
                .Concat(Resolve(entry, registryByCode, providers, errors))
                .ToList();
        }

        foreach (var entry in registry)
            entry.Related = Resolve(entry, registryByCode, providers, errors).Concat(variants[entry.Code]).ToList();
    }

    /// <summary>A provider entry belongs to its exact enhanced codes, or to its reply codes when it has no enhanced code.</summary>
    private static IEnumerable<string> RegistryCodesOf(BounceCodeInfo entry) =>
        entry.StatusPatterns.Count > 0
            ? entry.StatusPatterns.Where(status => !status.IsRange).Select(status => status.ToString())
            : entry.ReplyCodes.Select(reply => reply.ToString());

    private static IEnumerable<RelatedCode> Resolve(
        BounceCodeInfo entry, Dictionary<string, BounceCodeInfo> registryByCode, IReadOnlyList<BounceCodeInfo> providers, ICollection<string> errors)
    {
        foreach (var (relation, code) in entry.DeclaredRelations)
        {
            if (registryByCode.ContainsKey(code))
            {
                yield return new RelatedCode(code, relation);
                continue;
            }
            var target = providers.FirstOrDefault(provider => provider.ProviderCode == code || provider.Tags.Contains(code));
            if (target is null)
                errors.Add($"{entry.ProviderCode ?? entry.Code}{(entry.Provider is null ? "" : $" [{entry.Provider}]")}: related code '{code}' is not in the knowledge base");
            else
                yield return new RelatedCode(target.ProviderCode!, relation, target.Provider);
        }
    }
}
