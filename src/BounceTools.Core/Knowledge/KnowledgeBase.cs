using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BounceTools.Knowledge;

/// <summary>The offline bounce-code knowledge base: registry codes, reply codes and providers' codes.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(LoadEmbedded);

    private readonly CodeLookup _lookup;
    private readonly KeywordSearch _search;
    private readonly TextResolver _resolver;

    private KnowledgeBase(KnowledgeContent content)
    {
        Entries = content.Entries;
        Providers = Entries.Select(entry => entry.Provider).OfType<string>().Distinct().OrderBy(name => name, StringComparer.OrdinalIgnoreCase).ToList();
        var registry = Entries.Where(entry => entry.Provider is null).ToDictionary(entry => entry.Code);
        var unregistered = new UnregisteredCodes(content.Structure, registry);
        _lookup = new CodeLookup(Entries, registry, unregistered);
        _search = new KeywordSearch(Entries);
        _resolver = new TextResolver(Entries, registry, unregistered);
    }

    /// <summary>The knowledge base built from the data embedded in this assembly.</summary>
    public static KnowledgeBase Default => Embedded.Value;

    /// <summary>Registry enhanced codes, then reply codes, then provider entries; shared, so read them only (see <see cref="List"/>).</summary>
    public IReadOnlyList<BounceCodeInfo> Entries { get; }

    /// <summary>Names of the providers that have entries, sorted.</summary>
    public IReadOnlyList<string> Providers { get; }

    /// <summary>
    /// Checks the embedded knowledge data and returns one line per problem (empty when the data is
    /// sound). The build calls this so bad data fails the build instead of a user's lookup.
    /// </summary>
    public static IReadOnlyList<string> Validate() => Validate(KnowledgeFiles.All());

    /// <summary>
    /// Checks knowledge files given as file name and text (the files of <c>Data/Knowledge</c>, say,
    /// read from disk) and returns one line per problem.
    /// </summary>
    public static IReadOnlyList<string> Validate(IDictionary<string, string> files) =>
        Validate(files.Select(file => (file.Key, file.Value)));

    private static IReadOnlyList<string> Validate(IEnumerable<(string FileName, string Text)> files)
    {
        var errors = new List<string>();
        KnowledgeLoader.Load(files, errors);
        return errors;
    }

    /// <summary>
    /// Entries for a code (<c>5.1.1</c>, <c>550</c>, a provider tag such as <c>TSS04</c>) or a wildcard
    /// pattern (<c>5.7.*</c>). Without <paramref name="provider"/> the registry answers first;
    /// with it (wildcards allowed) only that provider's entries are returned.
    /// </summary>
    public IReadOnlyList<BounceCodeInfo> Find(string code, string? provider = null) =>
        Copies(_lookup.Find(code, ProviderPattern(provider)));

    /// <summary>Every entry, or every entry of the providers matching <paramref name="provider"/> (wildcards allowed).</summary>
    public IReadOnlyList<BounceCodeInfo> List(string? provider = null)
    {
        var pattern = ProviderPattern(provider);
        return Copies(pattern is null ? Entries : Entries.Where(entry => pattern.IsMatch(entry.Provider)));
    }

    /// <summary>Entries whose title, key idea, meaning or causes contain every word of <paramref name="keywords"/>.</summary>
    public IReadOnlyList<BounceCodeInfo> Search(string keywords, string? provider = null) =>
        Copies(_search.Search(keywords, ProviderPattern(provider)));

    /// <summary>
    /// Explains a bounce, most specific entry first: the provider's variant, the exact enhanced code,
    /// its subject default, its class default, then the reply code. The provider is detected from the
    /// text and <paramref name="remoteMta"/> unless <paramref name="provider"/> names it.
    /// </summary>
    public IReadOnlyList<BounceCodeInfo> Explain(string? text, string? status = null, int? replyCode = null, string? remoteMta = null, string? provider = null) =>
        Copies(_resolver.Resolve(text, status, replyCode, remoteMta, ProviderPattern(provider)));

    /// <summary>Callers get their own copies of the entries (see <see cref="BounceCodeInfo.Copy"/>).</summary>
    private static IReadOnlyList<BounceCodeInfo> Copies(IEnumerable<BounceCodeInfo> entries) =>
        entries.Select(entry => entry.Copy()).ToList();

    private static Wildcard? ProviderPattern(string? provider) =>
        string.IsNullOrWhiteSpace(provider) ? null : new Wildcard(provider!.Trim());

    private static KnowledgeBase LoadEmbedded()
    {
        var errors = new List<string>();
        var content = KnowledgeLoader.Load(KnowledgeFiles.All(), errors);
        if (errors.Count > 0)
            throw new InvalidDataException("The embedded bounce-code knowledge is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        return new KnowledgeBase(content);
    }
}
