using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>Turns the knowledge data files into entries, collecting every problem found on the way.</summary>
internal static class KnowledgeLoader
{
    public const string StructureFile = "code-structure.txt";
    public const string EnhancedFile = "enhanced-codes.txt";
    public const string ReplyFile = "reply-codes.txt";
    public const string ProviderFilePrefix = "provider-";

    public static KnowledgeContent Load(IEnumerable<(string FileName, string Text)> files, List<string> errors)
    {
        var records = files.ToDictionary(
            file => file.FileName,
            file => (IReadOnlyList<KnowledgeRecord>)KnowledgeFileReader.Read(file.FileName, new StringReader(file.Text), errors));

        foreach (var unexpected in records.Keys.Where(name => name is not (StructureFile or EnhancedFile or ReplyFile) && !IsProviderFile(name)))
            errors.Add($"{unexpected}: not a knowledge file name ({StructureFile}, {EnhancedFile}, {ReplyFile} or {ProviderFilePrefix}<name>.txt)");

        var structure = CodeStructureLoader.Load(Required(records, StructureFile, errors), errors);
        var registry = EnhancedCodeLoader.Load(Required(records, EnhancedFile, errors), errors)
            .Concat(ReplyCodeLoader.Load(Required(records, ReplyFile, errors), errors))
            .ToList();
        var providers = records.Where(file => IsProviderFile(file.Key))
            .SelectMany(file => ProviderCodeLoader.Load(file.Value, errors))
            .ToList();

        RelationLinker.Link(registry, providers, errors);
        var content = new KnowledgeContent(registry.Concat(providers).ToList(), structure);
        KnowledgeChecks.Check(content, errors);
        return content;
    }

    private static bool IsProviderFile(string name) => name.StartsWith(ProviderFilePrefix) && name.EndsWith(".txt");

    private static IReadOnlyList<KnowledgeRecord> Required(
        Dictionary<string, IReadOnlyList<KnowledgeRecord>> records, string fileName, ICollection<string> errors)
    {
        if (records.TryGetValue(fileName, out var found))
            return found;
        errors.Add($"{fileName}: missing");
        return new List<KnowledgeRecord>();
    }
}
