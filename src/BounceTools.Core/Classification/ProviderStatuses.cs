using System;
using System.Collections.Generic;
using System.Linq;
using BounceTools.Knowledge;

namespace BounceTools.Classification;

/// <summary>
/// Enhanced status codes outside the IANA registry that providers define for themselves
/// (Microsoft's 5.7.124, 5.2.121, ...), with the reason the knowledge base behind
/// Get-BounceCodeInfo gives them. A code two providers read differently decides nothing.
/// </summary>
internal static class ProviderStatuses
{
    private static readonly Lazy<Dictionary<string, BounceCodeInfo>> Codes = new(Load);

    /// <summary>The provider's entry for <paramref name="status"/>, or null when the code is not one providers alone define.</summary>
    public static BounceCodeInfo? Find(string status) =>
        status.Length > 0 && Codes.Value.TryGetValue(status, out var entry) ? entry : null;

    private static Dictionary<string, BounceCodeInfo> Load()
    {
        var entries = KnowledgeBase.Default.Entries;
        var registered = new HashSet<string>(entries.Where(entry => entry.Provider is null).Select(entry => entry.Code), StringComparer.Ordinal);
        return entries
            .Where(entry => entry.Provider is not null && entry.Reason is not (BounceReason.OnHold or BounceReason.Undefined))
            .SelectMany(entry => entry.Statuses.Where(IsPlainCode).Select(status => (Status: status, Entry: entry)))
            .Where(code => !registered.Contains(code.Status))
            .GroupBy(code => code.Status, StringComparer.Ordinal)
            .Where(same => same.Select(code => code.Entry.Reason).Distinct().Count() == 1)
            .ToDictionary(same => same.Key, same => same.First().Entry, StringComparer.Ordinal);
    }

    private static bool IsPlainCode(string status) => status.All(c => char.IsDigit(c) || c == '.') && status.Count(c => c == '.') == 2;
}
