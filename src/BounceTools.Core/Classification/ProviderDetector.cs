using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Classification;

/// <summary>
/// Names the mailbox provider or filtering service a bounce comes from, using the host names and
/// markers listed in <c>Data/Rules/providers.tsv</c> (first matching row wins).
/// </summary>
public static class ProviderDetector
{
    private static readonly Lazy<ProviderRule[]> Rules = new(LoadRules);

    /// <summary>Every provider name the detector can return, in table order.</summary>
    public static IReadOnlyList<string> KnownProviders => Rules.Value.Select(rule => rule.Provider).Distinct().ToList();

    /// <summary>Returns the provider named by <paramref name="text"/> (diagnostic text, remote host, ...), or null.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        // One lower-casing and indexing, then ordinal searches for the markers the text may hold:
        // far cheaper than a case-blind search per marker.
        var lowered = text!.ToLowerInvariant();
        return Detect(lowered, new Trigrams(lowered));
    }

    /// <summary>As <see cref="Detect(string)"/>, for a text the phrase rules already lower-cased and indexed.</summary>
    internal static string? Detect(PhraseText text) => text.Text.Length == 0 ? null : Detect(text.Lowered, text.Trigrams);

    private static string? Detect(string lowered, Trigrams trigrams)
    {
        foreach (var rule in Rules.Value)
        {
            if (trigrams.MayHold(rule.MarkerTrigrams) && ContainsMarker(lowered, rule.Marker, StringComparison.Ordinal))
                return rule.Provider;
        }
        return null;
    }

    /// <summary>The group of providers that share codes with <paramref name="provider"/> (Microsoft for Exchange, Microsoft 365 and Outlook.com); the provider itself when it has none.</summary>
    public static string FamilyOf(string provider) =>
        Rules.Value.Where(rule => rule.Provider == provider && rule.Family.Length > 0).Select(rule => rule.Family).FirstOrDefault() ?? provider;

    /// <summary>True when <paramref name="marker"/> occurs in the text and is not glued to a longer word or host label.</summary>
    internal static bool ContainsMarker(string text, string marker) =>
        ContainsMarker(text, marker, StringComparison.OrdinalIgnoreCase);

    private static bool ContainsMarker(string text, string marker, StringComparison comparison)
    {
        for (var at = text.IndexOf(marker, comparison); at >= 0; at = text.IndexOf(marker, at + 1, comparison))
        {
            var end = at + marker.Length;
            if ((at == 0 || !IsWordCharacter(text[at - 1])) && (end == text.Length || !IsWordCharacter(text[end])))
                return true;
        }
        return false;
    }

    private static bool IsWordCharacter(char character) => char.IsLetterOrDigit(character) || character is '-' or '_';

    private static ProviderRule[] LoadRules() =>
        EmbeddedData.ReadTsv("Rules/providers.tsv")
            .Where(columns => columns[0] != "provider")
            .Select(columns => new ProviderRule(columns[0].Trim(), columns[1].Trim().ToLowerInvariant(), columns.Length > 2 ? columns[2].Trim() : ""))
            .ToArray();

    private sealed class ProviderRule
    {
        public ProviderRule(string provider, string marker, string family)
        {
            Provider = provider;
            Marker = marker;
            Family = family;
            MarkerTrigrams = Trigrams.Of(marker);
        }

        public string Provider { get; }
        public string Marker { get; }
        public string Family { get; }
        public int[] MarkerTrigrams { get; }
    }
}
