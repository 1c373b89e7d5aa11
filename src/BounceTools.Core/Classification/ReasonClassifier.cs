using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Classification;

/// <summary>
/// Decides the <see cref="BounceReason"/> of one recipient from its status code, reply code and
/// diagnostic text. The knowledge lives in Data/Rules: formats/&lt;Format&gt;.tsv (wording of
/// one MTA or provider, consulted first), reason-phrases.tsv (phrases, most specific first)
/// and status-reasons.tsv (codes, "strong" ones outrank phrases).
/// </summary>
public static class ReasonClassifier
{
    private static readonly Lazy<IReadOnlyList<PhraseRule>> Phrases = new(LoadPhrases);
    private static readonly Lazy<StatusTable> Statuses = new(StatusTable.Load);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<PhraseRule>> FormatPhrases = new(StringComparer.OrdinalIgnoreCase);

    public static ReasonDecision Classify(string? action, string? status, int? replyCode, string? diagnostic, string? format = null)
    {
        switch (action)
        {
            case "delivered":
            case "relayed":
            case "expanded":
                return new ReasonDecision(BounceReason.Delivered, "action " + action);
        }

        if (!string.IsNullOrEmpty(format) && !string.IsNullOrEmpty(diagnostic))
        {
            var own = PhrasesOf(format!).FirstOrDefault(rule => rule.IsMatch(diagnostic!));
            if (own != null)
                return new ReasonDecision(own.Reason, format + " phrase /" + own.Pattern + "/");
        }

        var statusRule = Statuses.Value.Find(status);
        if (statusRule is { IsStrong: true })
            return new ReasonDecision(statusRule.Reason, "status " + status);

        if (!string.IsNullOrEmpty(diagnostic))
        {
            var phrase = Phrases.Value.FirstOrDefault(rule => rule.IsMatch(diagnostic!));
            if (phrase != null)
                return new ReasonDecision(phrase.Reason, "phrase /" + phrase.Pattern + "/");
        }

        if (statusRule != null)
            return new ReasonDecision(statusRule.Reason, "status " + status);

        var replyRule = Statuses.Value.Find(replyCode?.ToString());
        if (replyRule != null)
            return new ReasonDecision(replyRule.Reason, "reply code " + replyCode);

        if (action == "delayed")
            return new ReasonDecision(BounceReason.Expired, "action delayed");

        return new ReasonDecision(BounceReason.Undefined, string.Empty);
    }

    private static IReadOnlyList<PhraseRule> LoadPhrases() => LoadPhraseTable("Rules/reason-phrases.tsv");

    private static IReadOnlyList<PhraseRule> PhrasesOf(string format) =>
        FormatPhrases.GetOrAdd(format, name =>
            EmbeddedData.Exists("Rules/formats/" + name + ".tsv")
                ? LoadPhraseTable("Rules/formats/" + name + ".tsv")
                : Array.Empty<PhraseRule>());

    private static IReadOnlyList<PhraseRule> LoadPhraseTable(string resource) =>
        EmbeddedData.ReadTsv(resource)
            .Select(row => new PhraseRule(EmbeddedData.ParseReason(row[0], resource), row[1]))
            .ToList();
}
