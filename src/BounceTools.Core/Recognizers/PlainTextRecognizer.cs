using System;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Last resort for plain-text notices of unknown MTAs: a line saying that "the following address(es)
/// failed" (or could not be delivered), then each address on its own line with the reason below it
/// (or a single address after the colon of that line).
/// Only mail that presents itself as a delivery notice is considered.
/// </summary>
internal sealed class PlainTextRecognizer : IFormatRecognizer
{
    private static readonly Regex ListIntro = new(
        @"(?:did not reach the following recipient(?:\(s\)|s)?" +
        @"|following (?:e-?mail )?(?:recipients?|address(?:es|\(es\))?|users?|destinations?)\s*(?:failed|could not be delivered|cannot be delivered|(?:was|were) not delivered|(?:was|were) undeliverable|did not receive|had (?:permanent |transient )?(?:fatal |delivery )?(?:errors|problems))" +
        @"|(?:could not|cannot|unable to) (?:be )?deliver(?:ed)? (?:your message |the message |this message )?to the following (?:recipients?|address(?:es|\(es\))?|users?))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>A notice's Subject; a person's reply that quotes one ("Re: Undelivered Mail ...") is not a notice.</summary>
    private static readonly Regex NoticeSubject = new(
        @"^(?!\s*(?:re|aw|sv|antw)\s*:).*?(?:undeliver|delivery (?:status|failure|failed|notification|problem)|returned mail|mail delivery|failure notice|not delivered|delivery has failed)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    private static readonly Func<string, bool> EndOfList = line =>
    {
        var text = line.TrimStart();
        return text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("===", StringComparison.Ordinal) ||
               text.IndexOf("original message", StringComparison.OrdinalIgnoreCase) >= 0 ||
               text.IndexOf("copy of the message", StringComparison.OrdinalIgnoreCase) >= 0;
    };

    public string Format => "PlainText";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!NoticeSender.IsMailSystem(message) && !Matches(NoticeSubject, message.Subject))
            return false;
        var lines = BodyLines.OfNotice(message);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Matches(ListIntro, lines[i]))
                continue;
            // "Did not reach the following recipient: user@example.org" names it on the same line.
            var colon = lines[i].LastIndexOf(':');
            var named = colon < 0 ? string.Empty : AddressText.Find(lines[i].Substring(colon + 1));
            if (named.Length > 0)
                return NoticeReader.Read(message, draft, new[] { new AddressEntry(named) });
            // The intro may wrap; entries start after the line that ends it.
            var start = lines[i].TrimEnd().EndsWith(":", StringComparison.Ordinal) || i + 1 >= lines.Count ? i + 1 : i + 2;
            var entries = AddressEntries.Read(lines, start, EndOfList);
            if (entries.Count > 0)
                return NoticeReader.Read(message, draft, entries);
        }
        return false;
    }

    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
