using System;
using System.Collections.Generic;
using System.Linq;
using BounceTools.Classification;

namespace BounceTools.Knowledge;

/// <summary>
/// Explains a bounce from its diagnostic text (and, when known, its status, reply code and remote
/// server): most specific first, that is the provider's variant, the exact enhanced code, the
/// subject default X.Y.0, the class default X.0.0, then the reply code.
/// </summary>
internal sealed class TextResolver
{
    private readonly IReadOnlyList<BounceCodeInfo> _providerEntries;
    private readonly IReadOnlyDictionary<string, BounceCodeInfo> _registry;
    private readonly UnregisteredCodes _unregistered;

    public TextResolver(IReadOnlyList<BounceCodeInfo> entries, IReadOnlyDictionary<string, BounceCodeInfo> registry, UnregisteredCodes unregistered)
    {
        _providerEntries = entries.Where(entry => entry.Provider is not null).ToList();
        _registry = registry;
        _unregistered = unregistered;
    }

    public IReadOnlyList<BounceCodeInfo> Resolve(string? text, string? status, int? replyCode, string? remoteMta, Wildcard? provider)
    {
        text ??= "";
        var extracted = StatusCodes.Extract(text);
        var statuses = new[] { StatusPattern.TryParse(status), StatusPattern.TryParse(extracted.Status) }
            .Where(pattern => pattern is { IsRange: false })
            .Select(pattern => pattern!)
            .GroupBy(pattern => pattern.ToString()).Select(group => group.First())
            .ToList();
        var reply = replyCode ?? extracted.ReplyCode;
        var detected = provider is null ? ProviderDetector.Detect(remoteMta + "\n" + text) : null;
        Func<string?, bool> isProvider = provider is not null ? provider.IsMatch : name => name == detected;
        var results = ProviderVariants(text, statuses, reply, isProvider).ToList();
        if (detected is not null && results.All(entry => entry.Provider != detected))
        {
            // Exchange, Microsoft 365 and Outlook.com share codes and host names, so ask the family.
            var family = ProviderDetector.FamilyOf(detected);
            results = ProviderVariants(text, statuses, reply, name => name is not null && ProviderDetector.FamilyOf(name) == family).ToList();
        }

        var primary = statuses.FirstOrDefault();
        if (primary is not null)
        {
            results.Add(_registry.TryGetValue(primary.ToString(), out var exact) ? exact : _unregistered.ExplainStatus(primary));
            results.AddRange(new[] { $"{primary.StatusClass}.{primary.Subject}.0", $"{primary.StatusClass}.0.0" }
                .Select(code => _registry.TryGetValue(code, out var fallback) ? fallback : null)
                .OfType<BounceCodeInfo>());
        }
        if (reply is not null)
            results.Add(_registry.TryGetValue(reply.Value.ToString(), out var replyEntry) ? replyEntry : _unregistered.ExplainReply(reply.Value.ToString()));
        return results.Distinct().ToList();
    }

    private IEnumerable<BounceCodeInfo> ProviderVariants(string text, IReadOnlyList<StatusPattern> statuses, int? reply, Func<string?, bool> isProvider) =>
        _providerEntries
            .Select(entry => (Entry: entry, Score: Score(entry, text, statuses, reply, isProvider)))
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .Select(candidate => candidate.Entry);

    /// <summary>
    /// Zero when the entry does not fit the bounce. An entry known by a tag or marker needs one of them in the text (a tag
    /// also names the provider by itself); then a marker phrase, the enhanced code (exact before range), the reply code.
    /// </summary>
    private static int Score(BounceCodeInfo entry, string text, IReadOnlyList<StatusPattern> statuses, int? reply, Func<string?, bool> isProvider)
    {
        var tagHit = entry.Tags.Any(tag => ProviderDetector.ContainsMarker(text, tag));
        if (!tagHit && !isProvider(entry.Provider))
            return 0;
        var markerHit = entry.Markers.Any(marker => text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0);
        var statusHit = entry.StatusPatterns.FirstOrDefault(pattern => statuses.Any(pattern.Covers));
        var replyFits = reply is null || entry.ReplyCodes.Count == 0 || entry.ReplyCodes.Contains(reply.Value);
        if (!tagHit && (((entry.Tags.Count > 0 || entry.Markers.Count > 0) && !markerHit)
                        || (entry.StatusPatterns.Count > 0 && statusHit is null)
                        || (!replyFits && !markerHit)))
            return 0;
        return (tagHit ? 16 : 0)
               + (markerHit ? 8 : 0)
               + (statusHit is null ? 0 : statusHit.IsRange ? 2 : 4)
               + (reply is not null && entry.ReplyCodes.Contains(reply.Value) ? 1 : 0);
    }
}
