using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Last resort for plain-text notices of unknown MTAs: a line saying that "the following address(es)
/// failed" (or could not be delivered), then each address on its own line with the reason below it;
/// or a line naming the single recipient ("unable to deliver your message to a@example.org",
/// "Undeliverable address: a@example.org") with the reason in the next paragraph; or a one-line
/// "reason: &lt;a@example.org&gt;" next to a sentence saying the mail could not be delivered.
/// Only mail that presents itself as a delivery notice is considered.
/// </summary>
internal sealed class PlainTextRecognizer : IFormatRecognizer
{
    private static readonly Regex ListIntro = TextPatterns.Create(
        @"(?:did not reach the following recipient(?:\(s\)|s)?" +
        @"|following (?:e-?mail )?(?:recipients?|address(?:es|\(es\))?|users?|destinations?)\s*(?:failed|could not be delivered|cannot be delivered|(?:was|were) not delivered|(?:was|were) undeliverable|did not receive|had (?:permanent |transient )?(?:fatal |delivery )?(?:errors|problems))" +
        @"|(?:could not|cannot|unable to) (?:be )?deliver(?:ed)? (?:your message |the message |this message )?to the following (?:recipients?|address(?:es|\(es\))?|users?)" +
        // phquery, the directory lookup of sendmail sites: "--------Message not delivered to the following:"
        @"|not delivered to the following(?: recipients?| address(?:es|\(es\))?)?:" +
        // smail: "|------- Failed addresses follow: -------|"
        @"|failed addresses follow:" +
        @"|^\s*undeliverable (?:e-?mail )?address(?:es|\(es\))?:" +
        @"|^\s*your (?:message|mail) to:\s*$" +
        @"|(?:could not|cannot|unable to) deliver (?:your |the |this )?(?:message|mail) to(?=\s+<?[^\s<>@]+@)" +
        @"|(?:message|mail),? addressed to(?=\s+['""<]?[^\s<>@'""]+@))");

    /// <summary>A notice's Subject; a person's reply that quotes one ("Re: Undelivered Mail ...") is not a notice.</summary>
    private static readonly Regex NoticeSubject = TextPatterns.Create(
        @"^(?!\s*(?:re|aw|sv|antw)\s*:).*?(?:undeliver|delivery (?:status|failure|failed|notification|problem)|returned mail|mail delivery|failure notice|not delivered|delivery has failed)");

    /// <summary>Delay warnings say that delivery goes on.</summary>
    private static readonly Regex DelayWording = TextPatterns.Create(
        @"\b(?:has not yet been delivered|will (?:continue to )?(?:retry|attempt delivery|keep trying)|delivery attempts will continue|this is (?:just |only )?a warning|warning only)\b");

    // "User's mailbox is full: <a@example.org>": a reason in words (not a header name), then the recipient.
    private static readonly Regex ReasonWithAddress = TextPatterns.Create(
        @"^\s*(?<reason>[^\s<>:@]+(?:\s+[^\s<>:@]+){1,12}):\s*<(?<address>" + TextPatterns.Address + @")>\s*$");

    private static readonly Regex FailureSentence = TextPatterns.Create(
        @"\b(?:unable to deliver|could not be delivered|cannot be delivered|undeliverable)\b");

    private static readonly Func<string, bool> EndOfList = line =>
    {
        var text = line.TrimStart(' ', '\t', '|');
        return text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("===", StringComparison.Ordinal) ||
               text.IndexOf("original message", StringComparison.OrdinalIgnoreCase) >= 0 ||
               text.IndexOf("copy of the message", StringComparison.OrdinalIgnoreCase) >= 0 ||
               text.IndexOf("message text follows", StringComparison.OrdinalIgnoreCase) >= 0;
    };

    public string Format => "PlainText";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!NoticeSender.IsMailSystem(message) && !NoticeSubject.SafeIsMatch(message.Subject))
            return false;
        var lines = BodyLines.OfNotice(message);
        var action = DelayWording.SafeIsMatch(NoticeText.Of(message)) ? "delayed" : "failed";
        for (var i = 0; i < lines.Count; i++)
        {
            var intro = ListIntro.SafeMatch(lines[i]);
            if (!intro.Success)
                continue;
            // "Did not reach the following recipient: user@example.org" names it on the same line.
            var named = AddressRightAfter(lines[i].Substring(intro.Index + intro.Length));
            if (named.Length > 0)
                return NoticeReader.Read(message, draft, new[] { NamedEntry(lines, i, named) }, action);
            // The intro may wrap; entries start after the line that ends it (with a colon, perhaps inside a "|--- ... ---|" frame).
            var start = lines[i].TrimEnd(' ', '\t', '-', '|').EndsWith(":", StringComparison.Ordinal) || i + 1 >= lines.Count ? i + 1 : i + 2;
            var entries = AddressEntries.Read(lines, start, EndOfList);
            if (entries.Count > 0)
                return NoticeReader.Read(message, draft, entries, action);
        }
        return ReadReasonWithAddress(message, draft, lines, action);
    }

    // Only an address that directly follows the intro is the recipient ("... not accepting mail from a@example.org:" is not).
    private static string AddressRightAfter(string rest)
    {
        var words = rest.Trim().TrimStart(':').Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? AddressText.Find(words[0].Trim('\'', '"', ',', '.')) : string.Empty;
    }

    // "... addressed to 'a@example.org', failed because it has not been collected": the sentence naming the
    // recipient goes on with the reason; when it stops or ends in "for the following reason:", the next paragraph has it.
    private static AddressEntry NamedEntry(BodyLines lines, int at, string address)
    {
        var entry = new AddressEntry(address);
        var paragraph = lines.Paragraph(at);
        var after = paragraph.IndexOf(address, StringComparison.OrdinalIgnoreCase);
        var rest = after < 0 ? string.Empty : paragraph.Substring(after + address.Length).TrimStart('\'', '"', '>', ',', '.', ' ');
        if (rest.Length > 0 && !rest.EndsWith(":", StringComparison.Ordinal))
        {
            entry.Lines.Add(rest);
            return entry;
        }
        var next = at;
        while (next < lines.Count && lines[next].Trim().Length > 0)
            next++;
        while (next < lines.Count && lines[next].Trim().Length == 0)
            next++;
        if (next < lines.Count && !EndOfList(lines[next]))
            entry.Lines.Add(lines.Paragraph(next));
        return entry;
    }

    private static bool ReadReasonWithAddress(BounceMessage message, BounceDraft draft, BodyLines lines, string action)
    {
        var entries = new List<AddressEntry>();
        var failed = false;
        for (var i = 0; i < lines.Count && !EndOfList(lines[i]); i++)
        {
            failed |= FailureSentence.SafeIsMatch(lines[i]);
            var match = ReasonWithAddress.SafeMatch(lines[i]);
            if (!match.Success)
                continue;
            var entry = new AddressEntry(AddressField.Normalize(match.Groups["address"].Value));
            entry.Lines.Add(match.Groups["reason"].Value.Trim());
            entries.Add(entry);
        }
        return failed && entries.Count > 0 && NoticeReader.Read(message, draft, entries, action);
    }
}
