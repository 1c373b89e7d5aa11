using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>
/// Builds one provider's entries. The file starts with a <c>[provider]</c> record naming the provider
/// and its default reference; every other record's header is the code as the provider writes it.
/// </summary>
internal static class ProviderCodeLoader
{
    private static readonly string[] ProviderKeys = { "name", "ref" };

    private static readonly string[] EntryKeys =
        EntryProse.Keys.Concat(new[] { "title", "ref", "status", "reply", "tag", "marker", "permanence", "reason" }).ToArray();

    public static List<BounceCodeInfo> Load(IReadOnlyList<KnowledgeRecord> records, ICollection<string> errors)
    {
        var entries = new List<BounceCodeInfo>();
        if (records.Count == 0 || records[0].Header != "provider")
        {
            errors.Add($"{records.FirstOrDefault()?.Source}: a provider file must start with a [provider] record");
            return entries;
        }
        var providerFields = new RecordFields(records[0], ProviderKeys, errors);
        var provider = providerFields.Required("name");
        var defaultReference = providerFields.Optional("ref");

        var seen = new HashSet<string>();
        foreach (var record in records.Skip(1))
        {
            var fields = new RecordFields(record, EntryKeys, errors);
            if (!seen.Add(record.Header))
                fields.Error("duplicate code");
            var statuses = fields.Statuses("status");
            var replies = fields.ReplyCodes("reply");
            var tags = fields.List("tag");
            var markers = fields.List("marker");
            if (statuses.Count == 0 && tags.Count == 0 && markers.Count == 0)
                fields.Error("needs a 'status', a 'tag' or a 'marker' to be recognized in server text");
            var title = fields.Required("title");
            var entry = new BounceCodeInfo
            {
                Code = statuses.Select(status => status.ToString()).Concat(replies.Select(reply => reply.ToString())).Concat(tags.Where(tag => !Wildcard.HasWildcards(tag))).FirstOrDefault() ?? record.Header,
                ProviderCode = record.Header,
                Kind = tags.Count > 0 ? CodeKind.ProviderTag : CodeKind.ProviderCode,
                Provider = provider,
                Title = title,
                Permanence = fields.RequiredEnum<Permanence>("permanence"),
                Reason = fields.RequiredEnum<BounceReason>("reason"),
                StatusPatterns = statuses,
                ReplyCodes = replies,
                Tags = tags,
                Markers = markers,
                References = EntryProse.References(fields.Optional("ref") ?? defaultReference),
                DeclaredRelations = fields.Related(),
            };
            EntryProse.Apply(entry, fields);
            if (entry.KeyIdea.Length == 0)
                entry.KeyIdea = title;
            entries.Add(entry);
        }
        return entries;
    }
}
