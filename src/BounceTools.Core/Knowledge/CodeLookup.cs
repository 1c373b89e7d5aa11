using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>
/// Looks codes up by what the user typed: an exact code, a wildcard pattern, or a provider tag.
/// Registry entries answer first; provider entries answer when asked for a provider or when no
/// registry entry matches. A well-formed code no registry defines is explained from its parts
/// first, followed by the providers' entries for it.
/// </summary>
internal sealed class CodeLookup
{
    private readonly IReadOnlyList<BounceCodeInfo> _entries;
    private readonly IReadOnlyDictionary<string, BounceCodeInfo> _registry;
    private readonly UnregisteredCodes _unregistered;

    public CodeLookup(IReadOnlyList<BounceCodeInfo> entries, IReadOnlyDictionary<string, BounceCodeInfo> registry, UnregisteredCodes unregistered)
    {
        _entries = entries;
        _registry = registry;
        _unregistered = unregistered;
    }

    public IReadOnlyList<BounceCodeInfo> Find(string code, Wildcard? provider)
    {
        code = code.Trim();
        if (provider is null && _registry.TryGetValue(code, out var registered))
            return new[] { registered };
        Func<BounceCodeInfo, bool> matches = Wildcard.HasWildcards(code) ? MatchesPattern(new Wildcard(code)) : MatchesExactly(code);

        if (provider is not null)
            return _entries.Where(entry => provider.IsMatch(entry.Provider) && matches(entry)).ToList();

        var registryMatches = _entries.Where(entry => entry.Provider is null && matches(entry)).ToList();
        if (registryMatches.Count > 0)
            return registryMatches;
        var providerMatches = _entries.Where(entry => entry.Provider is not null && matches(entry));
        return Wildcard.HasWildcards(code) ? providerMatches.ToList() : Unregistered(code).Concat(providerMatches).ToList();
    }

    /// <summary>The explanation from its parts of a well-formed code that no registry defines.</summary>
    private IEnumerable<BounceCodeInfo> Unregistered(string code)
    {
        if (StatusPattern.TryParse(code) is { IsRange: false } status)
            yield return _unregistered.ExplainStatus(status);
        else if (ReplyCodeLoader.IsReplyCode(code))
            yield return _unregistered.ExplainReply(code);
    }

    private Func<BounceCodeInfo, bool> MatchesExactly(string code)
    {
        var status = StatusPattern.TryParse(code);
        return entry =>
            string.Equals(entry.Code, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(entry.ProviderCode, code, StringComparison.OrdinalIgnoreCase)
            || entry.Tags.Any(tag => ProviderTag.Names(tag, code))
            || (status is { IsRange: false } && entry.StatusPatterns.Any(pattern => pattern.Covers(status)))
            || (entry.Provider is not null && entry.ReplyCodes.Any(reply => reply.ToString() == code));
    }

    private static Func<BounceCodeInfo, bool> MatchesPattern(Wildcard pattern) =>
        entry => pattern.IsMatch(entry.Code)
                 || entry.Tags.Any(pattern.IsMatch)
                 || entry.Statuses.Any(pattern.IsMatch)
                 || (entry.Provider is not null && entry.ReplyCodes.Any(reply => pattern.IsMatch(reply.ToString())));
}
