using System;
using System.Collections.Generic;
using System.Linq;
using BounceTools.Classification;

namespace BounceTools.Knowledge;

/// <summary>
/// Explains a bounce from its diagnostic text (and, when known, its status, reply code and remote
/// server): most specific first, that is the provider's variant, the exact enhanced code, the
/// subject default X.Y.0, the class default X.0.0, then the reply code. Provider entries that are
/// not a variant of the bounce's code (a Spamhaus listing named in a 5.7.1 rejection) follow the
/// first registry entry, so the bounce's own code still leads.
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
        // Text copied from a mail client behind a link-rewriting filter names the provider only once restored.
        text = Parsing.RewrittenLinks.Restore(text ?? "");
        var extracted = StatusCodes.Extract(text);
        // The code that tells the cause leads, as in Get-BounceStatus: a report's Status of 5.0.0
        // or 4.4.7 (expired) gives way to the specific code the server's text carries.
        var statuses = new[] { StatusPattern.TryParse(StatusCodes.MostTelling(status, text)), StatusPattern.TryParse(status), StatusPattern.TryParse(extracted.Status) }
            .Where(pattern => pattern is { IsRange: false })
            .Select(pattern => pattern!)
            .GroupBy(pattern => pattern.ToString()).Select(group => group.First())
            .OrderBy(pattern => pattern.Subject == 0 && pattern.DetailFrom == 0)
            .ToList();
        var reply = replyCode ?? extracted.ReplyCode;
        var bounce = new Bounce(text, statuses, reply);
        var providerEntries = ProviderEntries(bounce, remoteMta, provider).ToList();
        var registryEntries = RegistryEntries(bounce).ToList();
        var context = providerEntries.Where(entry => entry.StatusPatterns.Count == 0 && entry.ReplyCodes.Count == 0).ToList();
        return providerEntries.Except(context)
            .Concat(registryEntries.Take(1))
            .Concat(context)
            .Concat(registryEntries.Skip(1))
            .Distinct()
            .ToList();
    }

    private IEnumerable<BounceCodeInfo> ProviderEntries(Bounce bounce, string? remoteMta, Wildcard? provider)
    {
        if (provider is not null)
            return ProviderVariants(bounce, provider.IsMatch);

        var detected = ProviderDetector.Detect(remoteMta + "\n" + bounce.Text);
        if (detected is null)
            return ProviderVariants(bounce, _ => false).Concat(DefinersOfUnregisteredCode(bounce));

        var variants = ProviderVariants(bounce, name => name == detected).ToList();
        if (variants.Any(entry => entry.Provider == detected))
            return variants;
        // Exchange, Microsoft 365 and Outlook.com share codes and host names, so ask the family.
        var family = ProviderDetector.FamilyOf(detected);
        return ProviderVariants(bounce, name => name is not null && ProviderDetector.FamilyOf(name) == family);
    }

    /// <summary>With no registry meaning and no provider named, a provider that defines exactly this code knows best.</summary>
    private IEnumerable<BounceCodeInfo> DefinersOfUnregisteredCode(Bounce bounce)
    {
        var primary = bounce.Statuses.FirstOrDefault();
        if (primary is null || _registry.ContainsKey(primary.ToString()))
            return Enumerable.Empty<BounceCodeInfo>();
        return _providerEntries.Where(entry =>
            entry.StatusPatterns.Any(pattern => !pattern.IsRange && pattern.Covers(primary)) && bounce.ReplyFits(entry));
    }

    /// <summary>The exact enhanced code, its subject default, its class default, then the reply code.</summary>
    private IEnumerable<BounceCodeInfo> RegistryEntries(Bounce bounce)
    {
        var primary = bounce.Statuses.FirstOrDefault();
        if (primary is not null)
        {
            yield return _registry.TryGetValue(primary.ToString(), out var exact) ? exact : _unregistered.ExplainStatus(primary);
            foreach (var fallback in new[] { $"{primary.StatusClass}.{primary.Subject}.0", $"{primary.StatusClass}.0.0" })
            {
                if (_registry.TryGetValue(fallback, out var entry))
                    yield return entry;
            }
        }
        if (bounce.Reply is { } reply)
            yield return _registry.TryGetValue(reply.ToString(), out var entry) ? entry : _unregistered.ExplainReply(reply.ToString());
    }

    private IEnumerable<BounceCodeInfo> ProviderVariants(Bounce bounce, Func<string?, bool> isProvider) =>
        _providerEntries
            .Select(entry => (Entry: entry, Score: Score(entry, bounce, isProvider)))
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .Select(candidate => candidate.Entry);

    /// <summary>
    /// Zero when the entry does not fit the bounce; otherwise higher the stronger the evidence. An entry
    /// known by a tag or marker needs one of them in the text (a tag also names the provider by itself).
    /// Evidence ranks: tag, marker phrase, enhanced code (exact before range), reply code.
    /// </summary>
    private static int Score(BounceCodeInfo entry, Bounce bounce, Func<string?, bool> isProvider)
    {
        var tagHit = entry.Tags.Any(tag => ProviderTag.OccursIn(tag, bounce.Text));
        if (!tagHit && !isProvider(entry.Provider))
            return 0;
        var markerHit = entry.Markers.Any(marker => ProviderDetector.ContainsMarker(bounce.Text, marker));
        var statusHit = entry.StatusPatterns.FirstOrDefault(pattern => bounce.Statuses.Any(pattern.Covers));
        if (!tagHit && (((entry.Tags.Count > 0 || entry.Markers.Count > 0) && !markerHit)
                        || (entry.StatusPatterns.Count > 0 && statusHit is null)
                        || (!bounce.ReplyFits(entry) && !markerHit)))
            return 0;
        return (tagHit ? 16 : 0)
               + (markerHit ? 8 : 0)
               + (statusHit is null ? 0 : statusHit.IsRange ? 2 : 4)
               + (bounce.Reply is { } reply && entry.ReplyCodes.Contains(reply) ? 1 : 0);
    }

    /// <summary>What was read from one bounce.</summary>
    private sealed class Bounce
    {
        public Bounce(string text, IReadOnlyList<StatusPattern> statuses, int? reply)
        {
            Text = text;
            Statuses = statuses;
            Reply = reply;
        }

        public string Text { get; }

        /// <summary>Most specific first.</summary>
        public IReadOnlyList<StatusPattern> Statuses { get; }

        public int? Reply { get; }

        /// <summary>False only when both sides name reply codes and they differ.</summary>
        public bool ReplyFits(BounceCodeInfo entry) =>
            Reply is null || entry.ReplyCodes.Count == 0 || entry.ReplyCodes.Contains(Reply.Value);
    }
}
