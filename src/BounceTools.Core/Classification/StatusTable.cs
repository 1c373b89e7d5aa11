using System;
using System.Collections.Generic;

namespace BounceTools.Classification;

/// <summary>Status and reply codes mapped to the reason they imply (Data/Rules/status-reasons.tsv).</summary>
internal sealed class StatusTable
{
    private readonly Dictionary<string, StatusRule> _rules = new(StringComparer.Ordinal);

    public StatusRule? Find(string? code) =>
        code != null && _rules.TryGetValue(code, out var rule) ? rule : null;

    public static StatusTable Load()
    {
        var table = new StatusTable();
        foreach (var row in EmbeddedData.ReadTsv("Rules/status-reasons.tsv"))
        {
            var reason = EmbeddedData.ParseReason(row[1], "status-reasons.tsv");
            var strong = row.Length > 2 && row[2].Trim() == "strong";
            table._rules[row[0].Trim()] = new StatusRule(reason, strong);
        }
        return table;
    }
}

internal sealed class StatusRule
{
    public StatusRule(BounceReason reason, bool isStrong)
    {
        Reason = reason;
        IsStrong = isStrong;
    }

    public BounceReason Reason { get; }

    /// <summary>A strong code names the failure exactly and outranks phrases in the text.</summary>
    public bool IsStrong { get; }
}
