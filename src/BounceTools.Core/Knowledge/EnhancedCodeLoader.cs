using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>
/// Builds the registry's enhanced status code entries. A class-neutral record <c>[X.1.1]</c> holds the
/// registry facts and the prose shared by every class it applies to; an optional class record
/// <c>[5.1.1]</c> adds or overrides prose for that class alone.
/// </summary>
internal static class EnhancedCodeLoader
{
    private static readonly string[] NeutralKeys =
        EntryProse.Keys.Concat(new[] { "title", "ref", "replies", "classes", "reason" }).ToArray();

    private static readonly string[] ClassKeys = EntryProse.Keys.Concat(new[] { "reason" }).ToArray();

    public static List<BounceCodeInfo> Load(IReadOnlyList<KnowledgeRecord> records, ICollection<string> errors)
    {
        var classRecords = new Dictionary<string, KnowledgeRecord>();
        foreach (var record in records.Where(record => !record.Header.StartsWith("X.")))
        {
            if (StatusPattern.TryParse(record.Header) is not { IsRange: false })
                errors.Add($"{record.Where}: header must be X.<subject>.<detail> or a class-specific code");
            else if (classRecords.ContainsKey(record.Header))
                errors.Add($"{record.Where}: duplicate code");
            else
                classRecords.Add(record.Header, record);
        }

        var entries = new List<BounceCodeInfo>();
        var seenDetails = new HashSet<string>();
        foreach (var neutral in records.Where(record => record.Header.StartsWith("X.")))
        {
            var detail = neutral.Header.Substring(2);
            if (!seenDetails.Add(detail) || StatusPattern.TryParse("5." + detail) is not { IsRange: false })
            {
                errors.Add($"{neutral.Where}: duplicate or malformed code");
                continue;
            }
            entries.AddRange(ExpandClasses(neutral, detail, classRecords, errors));
        }

        foreach (var orphan in classRecords.Values)
            errors.Add($"{orphan.Where}: no class-neutral X.{orphan.Header.Substring(2)} record lists class {orphan.Header[0]}");
        return entries;
    }

    private static IEnumerable<BounceCodeInfo> ExpandClasses(
        KnowledgeRecord neutral, string detail, Dictionary<string, KnowledgeRecord> classRecords, ICollection<string> errors)
    {
        var shared = new RecordFields(neutral, NeutralKeys, errors);
        var title = shared.Required("title");
        var references = EntryProse.References(shared.Required("ref"));
        var replies = shared.ReplyCodes("replies");
        var classes = shared.Required("classes").Split(' ').Where(part => part.Length > 0).ToList();
        if (classes.Count == 0 || classes.Any(part => part is not ("2" or "4" or "5")))
            shared.Error("'classes' must list 2, 4 and/or 5");
        var sharedReason = shared.RequiredEnum<BounceReason>("reason");
        var sharedRelations = shared.Related();

        foreach (var statusClass in classes.Where(part => part is "2" or "4" or "5"))
        {
            var code = $"{statusClass}.{detail}";
            classRecords.TryGetValue(code, out var classRecord);
            classRecords.Remove(code);
            var own = classRecord is null ? shared : new RecordFields(classRecord, ClassKeys, errors);
            IReadOnlyList<(CodeRelation Relation, string Code)> ownRelations = classRecord is null ? new List<(CodeRelation, string)>() : own.Related();
            var entry = new BounceCodeInfo
            {
                Code = code,
                Kind = CodeKind.Enhanced,
                Title = title,
                Permanence = PermanenceOf(statusClass[0]),
                Reason = classRecord is null ? sharedReason : own.OptionalEnum<BounceReason>("reason") ?? sharedReason,
                IsRegistered = true,
                StatusPatterns = new[] { StatusPattern.TryParse(code)! },
                ReplyCodes = replies.Where(reply => reply / 100 == statusClass[0] - '0').ToList(),
                References = references,
            };
            EntryProse.Apply(entry, own, classRecord is null ? null : shared);
            entry.DeclaredRelations = classes.Where(other => other != statusClass)
                .Select(other => (CodeRelation.OtherClass, $"{other}.{detail}"))
                .Concat(sharedRelations.Select(related => (related.Relation, InClass(related.Code, statusClass))))
                .Concat(ownRelations)
                .Distinct()
                .ToList();
            yield return entry;
        }
    }

    public static Permanence PermanenceOf(char statusClass) => statusClass switch
    {
        '2' => Permanence.Success,
        '4' => Permanence.Transient,
        _ => Permanence.Permanent,
    };

    /// <summary>Turns a class-neutral target such as X.6.8 into the same class as the entry that names it.</summary>
    private static string InClass(string code, string statusClass) =>
        code.StartsWith("X.") ? statusClass + code.Substring(1) : code;
}
