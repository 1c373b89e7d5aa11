using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>Builds the basic SMTP reply code entries from <c>[550]</c>-style records.</summary>
internal static class ReplyCodeLoader
{
    private static readonly string[] Keys = EntryProse.Keys.Concat(new[] { "title", "ref", "reason" }).ToArray();

    public static List<BounceCodeInfo> Load(IReadOnlyList<KnowledgeRecord> records, ICollection<string> errors)
    {
        var entries = new List<BounceCodeInfo>();
        var seen = new HashSet<string>();
        foreach (var record in records)
        {
            var fields = new RecordFields(record, Keys, errors);
            if (!IsReplyCode(record.Header) || !seen.Add(record.Header))
            {
                fields.Error("header must be a reply code that appears once");
                continue;
            }
            var entry = new BounceCodeInfo
            {
                Code = record.Header,
                Kind = CodeKind.ReplyCode,
                Title = fields.Required("title"),
                Permanence = PermanenceOf(record.Header[0]),
                Reason = fields.RequiredEnum<BounceReason>("reason"),
                IsRegistered = true,
                ReplyCodes = new[] { int.Parse(record.Header) },
                References = EntryProse.References(fields.Required("ref")),
                DeclaredRelations = fields.Related(),
            };
            EntryProse.Apply(entry, fields);
            entries.Add(entry);
        }
        return entries;
    }

    public static bool IsReplyCode(string text) =>
        text.Length == 3 && text[0] >= '2' && text[0] <= '5' && char.IsDigit(text[1]) && char.IsDigit(text[2]);

    public static Permanence PermanenceOf(char firstDigit) => firstDigit switch
    {
        '4' => Permanence.Transient,
        '5' => Permanence.Permanent,
        _ => Permanence.Success,
    };
}
