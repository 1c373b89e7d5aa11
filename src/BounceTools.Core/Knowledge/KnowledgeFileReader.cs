using System.Collections.Generic;
using System.IO;

namespace BounceTools.Knowledge;

/// <summary>
/// Reads the block format of the knowledge files: <c>[header]</c> starts a record, each following
/// <c>key: value</c> line adds a field (a repeated key makes a list), <c>#</c> starts a comment line.
/// </summary>
internal static class KnowledgeFileReader
{
    public static List<KnowledgeRecord> Read(string source, TextReader text, ICollection<string> errors)
    {
        var records = new List<KnowledgeRecord>();
        KnowledgeRecord? current = null;
        var lineNumber = 0;
        for (var line = text.ReadLine(); line is not null; line = text.ReadLine())
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            if (trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']')
            {
                current = new KnowledgeRecord(source, lineNumber, trimmed.Substring(1, trimmed.Length - 2).Trim());
                records.Add(current);
                continue;
            }
            var colon = trimmed.IndexOf(':');
            if (current is null || colon <= 0)
            {
                errors.Add($"{source}:{lineNumber}: expected '[header]' or 'key: value', found '{trimmed}'");
                continue;
            }
            var value = trimmed.Substring(colon + 1).Trim();
            if (value.Length == 0)
                errors.Add($"{source}:{lineNumber}: '{trimmed.Substring(0, colon)}' has no value");
            else
                current.Add(trimmed.Substring(0, colon).Trim(), value);
        }
        return records;
    }
}
