using System;
using System.Collections.Generic;
using System.Linq;

namespace BounceTools.Classification;

/// <summary>
/// Decides the <see cref="BounceReason"/> of one recipient from its status code, reply code and
/// diagnostic text. The knowledge lives in Data/Rules: reason-phrases.tsv (phrases, most
/// specific first) and status-reasons.tsv (codes, "strong" ones outrank phrases).
/// </summary>
public static class ReasonClassifier
{
    private static readonly Lazy<IReadOnlyList<PhraseRule>> Phrases = new(LoadPhrases);
    private static readonly Lazy<StatusTable> Statuses = new(StatusTable.Load);

    public static ReasonDecision Classify(string? action, string? status, int? replyCode, string? diagnostic)
    {
        switch (action)
        {
            case "delivered":
            case "relayed":
            case "expanded":
                return new ReasonDecision(BounceReason.Delivered, "action " + action);
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

    private static IReadOnlyList<PhraseRule> LoadPhrases() =>
        EmbeddedData.ReadTsv("Rules/reason-phrases.tsv")
            .Select(row => new PhraseRule(EmbeddedData.ParseReason(row[0], "reason-phrases.tsv"), row[1]))
            .ToList();
}
