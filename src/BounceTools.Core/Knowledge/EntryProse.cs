using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>The written parts every kind of entry shares, read from a record.</summary>
internal static class EntryProse
{
    public static readonly string[] Keys =
        { "key", "meaning", "note", "cause", "sender", "admin", "wording", "dsn-action", "dsn-diagnostic", "related" };

    /// <summary>
    /// Fills the prose of <paramref name="entry"/> from <paramref name="fields"/>; a key the record
    /// lacks is taken from <paramref name="fallback"/> (the class-neutral record of an enhanced code).
    /// </summary>
    public static void Apply(BounceCodeInfo entry, RecordFields fields, RecordFields? fallback = null)
    {
        entry.KeyIdea = fields.Optional("key") ?? fallback?.Optional("key") ?? "";
        entry.Meaning = fields.Optional("meaning") ?? fallback?.Optional("meaning") ?? "";
        entry.Note = fields.Optional("note") ?? fallback?.Optional("note");
        entry.Causes = ListOrFallback("cause", fields, fallback);
        entry.SenderSteps = ListOrFallback("sender", fields, fallback);
        entry.AdminSteps = ListOrFallback("admin", fields, fallback);
        entry.Wording = ListOrFallback("wording", fields, fallback);
        var action = fields.Optional("dsn-action");
        var diagnostic = fields.Optional("dsn-diagnostic");
        if (action is not null && diagnostic is not null)
            entry.DsnExample = new DsnExample(action, entry.StatusPatterns.FirstOrDefault()?.ToString() ?? entry.Code, diagnostic);
        else if (action is not null || diagnostic is not null)
            fields.Error("'dsn-action' and 'dsn-diagnostic' go together");
    }

    public static IReadOnlyList<string> References(string? line) =>
        (line ?? "").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()).ToList();

    private static IReadOnlyList<string> ListOrFallback(string key, RecordFields fields, RecordFields? fallback)
    {
        var own = fields.List(key);
        return own.Count > 0 || fallback is null ? own : fallback.List(key);
    }
}
