using System;
using System.Collections.Concurrent;
using BounceTools.Classification;

namespace BounceTools.Knowledge;

/// <summary>
/// A provider tag as the knowledge files write it: literal (<c>TSS04</c>), or with wildcards for the
/// part a provider varies from server to server (<c>LPN*630</c> for LPN000_630, LPNAAA_630, LPN630).
/// </summary>
internal static class ProviderTag
{
    private static readonly ConcurrentDictionary<string, Wildcard> Patterns = new(StringComparer.Ordinal);

    /// <summary>True when the code a user typed is the tag, or fits it.</summary>
    public static bool Names(string tag, string code) =>
        Wildcard.HasWildcards(tag) ? Pattern(tag).IsMatch(code) : string.Equals(tag, code, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when server text carries the tag as a whole word.</summary>
    public static bool OccursIn(string tag, string text) =>
        Wildcard.HasWildcards(tag) ? Pattern(tag).OccursIn(text) : ProviderDetector.ContainsMarker(text, tag);

    private static Wildcard Pattern(string tag) => Patterns.GetOrAdd(tag, pattern => new Wildcard(pattern));
}
