using System;
using System.Collections.Generic;
using System.Linq;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Special;

/// <summary>The wording tables of Data/Rules/auto-replies.tsv (subject, notice, held).</summary>
internal static class AutoReplySigns
{
    private static readonly Lazy<ILookup<string, PhraseRule>> Rules = new(() =>
        EmbeddedData.ReadTsv("Rules/auto-replies.tsv")
            .ToLookup(row => row[0].Trim(), row => new PhraseRule(BounceReason.Vacation, row[1]), StringComparer.Ordinal));

    /// <summary>The Subject is one that auto-responders use.</summary>
    public static bool IsReplySubject(string subject) => Matches("subject", subject);

    /// <summary>The Subject announces a delivery failure, not an absence.</summary>
    public static bool IsNoticeSubject(string subject) => Matches("notice", subject);

    /// <summary>The text says the sender's message is held until someone acts: proof of being human (challenge-response), a moderator's approval.</summary>
    public static bool IsHeld(string text) => Matches("held", text);

    private static bool Matches(string kind, string text)
    {
        if (text.Length == 0)
            return false;
        var phrase = new PhraseText(text);
        return Rules.Value[kind].Any(rule => rule.IsMatch(phrase));
    }
}
