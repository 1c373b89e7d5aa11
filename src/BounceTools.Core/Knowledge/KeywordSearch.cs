using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>
/// Finds entries whose title, key idea, meaning or causes contain every word searched for;
/// entries whose title has the words come first.
/// </summary>
internal sealed class KeywordSearch
{
    private readonly IReadOnlyList<BounceCodeInfo> _entries;

    public KeywordSearch(IReadOnlyList<BounceCodeInfo> entries) => _entries = entries;

    public IReadOnlyList<BounceCodeInfo> Search(string keywords, Wildcard? provider)
    {
        var words = keywords.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return Array.Empty<BounceCodeInfo>();
        return _entries
            .Where(entry => provider is null || provider.IsMatch(entry.Provider))
            .Select(entry => (Entry: entry, Score: Score(entry, words)))
            .Where(hit => hit.Score > 0)
            .OrderByDescending(hit => hit.Score)
            .Select(hit => hit.Entry)
            .ToList();
    }

    /// <summary>Zero unless every word is found; otherwise higher the more prominent the fields holding the words.</summary>
    private static int Score(BounceCodeInfo entry, string[] words)
    {
        var score = 0;
        foreach (var word in words)
        {
            var wordScore = Contains(entry.Title, word) ? 4
                : Contains(entry.KeyIdea, word) ? 3
                : Contains(entry.Meaning, word) ? 2
                : entry.Causes.Any(cause => Contains(cause, word)) ? 1
                : 0;
            if (wordScore == 0)
                return 0;
            score += wordScore;
        }
        return score;
    }

    private static bool Contains(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
