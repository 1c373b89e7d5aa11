using System.Collections.Generic;

namespace BounceTools.Knowledge;

/// <summary>
/// Reads the meaning of code parts: <c>[class 5]</c> and <c>[subject 1]</c> for enhanced codes,
/// <c>[reply 5xx]</c> and <c>[reply x5x]</c> for the digits of reply codes.
/// </summary>
internal static class CodeStructureLoader
{
    private static readonly string[] Keys = { "title", "meaning" };

    public static CodeStructure Load(IReadOnlyList<KnowledgeRecord> records, ICollection<string> errors)
    {
        var structure = new CodeStructure();
        foreach (var record in records)
        {
            var fields = new RecordFields(record, Keys, errors);
            var part = new CodeStructure.Part(fields.Required("title"), fields.Required("meaning"));
            var words = record.Header.Split(' ');
            var added = words.Length == 2 && words[0] switch
            {
                "class" => words[1] is "2" or "4" or "5" && TryAdd(structure.EnhancedClasses, words[1][0], part),
                "subject" => int.TryParse(words[1], out var subject) && subject is >= 0 and <= 7 && TryAdd(structure.EnhancedSubjects, subject, part),
                "reply" when words[1].Length == 3 && words[1].EndsWith("xx") => TryAdd(structure.ReplyFirstDigits, words[1][0], part),
                "reply" when words[1].Length == 3 && words[1][0] == 'x' && words[1][2] == 'x' => TryAdd(structure.ReplySecondDigits, words[1][1], part),
                _ => false,
            };
            if (!added)
                fields.Error("header must be 'class N', 'subject N', 'reply Nxx' or 'reply xNx', each once");
        }
        return structure;
    }

    private static bool TryAdd<TKey>(Dictionary<TKey, CodeStructure.Part> parts, TKey key, CodeStructure.Part part)
    {
        if (parts.ContainsKey(key))
            return false;
        parts.Add(key, part);
        return true;
    }
}
