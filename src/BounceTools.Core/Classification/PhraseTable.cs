using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Classification;

/// <summary>
/// An ordered list of phrase rules read from a TSV resource (columns: reason, pattern, and an
/// optional "weak" marker for phrases too vague to outrank a status code). First match wins.
/// A row "include&lt;TAB&gt;Name" takes in another table of the same folder at its place.
/// </summary>
internal sealed class PhraseTable
{
    public static readonly PhraseTable Empty = new(Array.Empty<PhraseRule>());

    private readonly PhraseRule[] _rules;

    private PhraseTable(PhraseRule[] rules) => _rules = rules;

    public PhraseRule? FirstMatch(PhraseText text, bool weak)
    {
        if (text.Text.Length == 0)
            return null;
        foreach (var rule in _rules)
            if (rule.IsWeak == weak && rule.IsMatch(text))
                return rule;
        return null;
    }

    public static PhraseTable Load(string resource) => new(Rules(resource).ToArray());

    /// <summary>
    /// The rules of a table in order. A row "include&lt;TAB&gt;Name" puts the rules of Name.tsv, beside
    /// this table, in its place: a provider that runs another vendor's MTA (Mail.ru runs Exim)
    /// prints that MTA's wording.
    /// </summary>
    private static IEnumerable<PhraseRule> Rules(string resource)
    {
        foreach (var row in EmbeddedData.ReadTsv(resource))
        {
            if (row[0] == "include")
            {
                foreach (var rule in Rules(resource.Substring(0, resource.LastIndexOf('/') + 1) + row[1].Trim() + ".tsv"))
                    yield return rule;
                continue;
            }
            yield return new PhraseRule(
                EmbeddedData.ParseReason(row[0], resource),
                row[1],
                isWeak: row.Length > 2 && row[2].Trim() == "weak");
        }
    }

    /// <summary>The table if the resource exists, else an empty one.</summary>
    public static PhraseTable LoadOptional(string resource) =>
        EmbeddedData.Exists(resource) ? Load(resource) : Empty;
}
