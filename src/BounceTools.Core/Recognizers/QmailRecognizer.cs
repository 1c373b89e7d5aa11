using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// qmail (and netqmail, vpopmail setups): "Hi. This is the qmail-send program at ..." followed by
/// "&lt;address&gt;:" paragraphs and "--- Below this line is a copy of the message." Providers often
/// replace the intro and the divider with their own words (or language) but keep the layout: a
/// mailer-daemon notice whose "&lt;address&gt;:" lines stand alone, closed by a "---" line. A variant
/// that lists no paragraphs summarises the returned message instead ("Subject: ...", "To: ...").
/// Rebranded servers greet in their own words and languages ("We're sorry.", "Su mensaje no pudo
/// ser entregado") and some end the list with "--- Original message follows.".
/// </summary>
internal sealed class QmailRecognizer : IFormatRecognizer
{
    // qmail-send writes these in this case.
    private static readonly string[] Signatures = { "qmail-send program", "wasn't able to deliver your message to the following addresses" };

    // qmail-send hands each bounce to qmail-queue, which stamps it "Received: (qmail 12345 invoked for bounce)";
    // that trace stays when a provider rewrites the wording and when no copy of the message follows.
    private const string BounceTrace = "invoked for bounce";

    // Dividers before the returned message; other software writes them too, so they count only in mail from the mail system.
    private static readonly string[] CopyMarkers =
    {
        "Below this line is a copy of the message", "Below the next line is a copy of the message",
        "--- Below this line", "--- Enclosed is a copy of the message", "--- Enclosed are the original headers of the message",
        "--- Original message follows",
    };

    // Patched qmail-send (qmail-ldap and others) warns of a delay in the same layout.
    private static readonly string[] DelayWords = { "following addresses yet", "This is a temporary problem", "I will keep trying" };

    private const string ListIntro = "to the following addresses";
    private const string SummaryIntro = "wasn't able to deliver the following message";

    // qmail's divider, or a provider's own "--- ..." line in its place, ends the list.
    private static readonly Func<string, bool> EndOfList = AddressEntries.StopAt("---");

    public string Format => "Qmail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // Without qmail's own words, only a notice from the mail system (not its answer to a person, "Re: ...") may qualify.
        var text = NoticeText.Of(message);
        var signed = NoticeText.ContainsAny(text, Signatures, StringComparison.Ordinal) || message.TraceMentions(BounceTrace);
        if (!signed && (!NoticeSender.IsMailSystem(message) || ReplySubject.Is(message.Subject)))
            return false;
        var lines = BodyLines.OfNotice(message);
        var paragraph = text.IndexOf(">:", StringComparison.Ordinal) >= 0 ? FirstEntry(lines) : -1;
        var end = Math.Max(paragraph, 0);
        while (end < lines.Count && !EndOfList(lines[end]))
            end++;
        // An intro below the first paragraph belongs to a returned bounce ("the bounce bounced!").
        var intro = lines.IndexOf(ListIntro);
        var first = intro >= 0 && (paragraph < 0 || intro < paragraph) ? intro + 1 : paragraph;
        var entries = first >= 0 ? AddressEntries.Read(lines, first, EndOfList) : SummaryRecipient(lines);
        if (!signed && !HasCopyMarker(text) && !(paragraph >= 0 && end < lines.Count && (ReturnsOriginal(message, lines, end) || EntryDiagnostics.EachQuotesCode(entries))))
            return false;

        var action = NoticeText.ContainsAny(text, DelayWords, StringComparison.OrdinalIgnoreCase) ? "delayed" : "failed";
        if (!NoticeReader.Read(message, draft, entries, action))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            if (recipient.SmtpCommand.Length == 0)
                recipient.SmtpCommand = QmailWording.Command(recipient.DiagnosticCode);
            if (recipient.DiagnosticType.Length == 0)
                recipient.DiagnosticCode = QmailWording.RemoteAnswer(recipient.DiagnosticCode);
        }
        if (draft.Original == OriginalMessage.None && end < lines.Count)
            draft.Original = OriginalMessage.FromText(lines.Join(end + 1));
        return true;
    }

    // Without qmail's words, only the layout tells, and the divider must lead to the returned message (attached,
    // or its headers below) or each paragraph quote the failure's code: a postmaster announcing changes may list
    // addresses the same way above a "---" signature line. A copy forwarded inline or cut off leaves only the codes.
    private static bool ReturnsOriginal(BounceMessage message, BodyLines lines, int divider)
    {
        if (OriginalMessage.FromReport(message) != OriginalMessage.None)
            return true;
        var quoted = OriginalMessage.FromText(lines.Join(divider + 1));
        return quoted.From.Length > 0 || quoted.Subject.Length > 0 || quoted.MessageId.Length > 0;
    }

    // Every divider follows a run of dashes; looking for those first spares most notices the case-insensitive searches.
    private static bool HasCopyMarker(string text) =>
        text.IndexOf("---", StringComparison.Ordinal) >= 0 && NoticeText.ContainsAny(text, CopyMarkers, StringComparison.OrdinalIgnoreCase);

    // "I wasn't able to deliver the following message. ... Subject: ... To: a@example.org": the summary's To line.
    private static List<AddressEntry> SummaryRecipient(BodyLines lines)
    {
        var entries = new List<AddressEntry>();
        var at = lines.IndexOf(SummaryIntro);
        for (var i = at + 1; at >= 0 && i < lines.Count && !EndOfList(lines[i]); i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("To:", StringComparison.OrdinalIgnoreCase) && AddressText.Find(line) is { Length: > 0 } address)
                entries.Add(new AddressEntry(address));
        }
        return entries;
    }

    // Each recipient opens a paragraph with "<user@example.org>:" on a line of its own, above the divider.
    private static int FirstEntry(BodyLines lines)
    {
        for (var i = 0; i < lines.Count && !EndOfList(lines[i]); i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("<", StringComparison.Ordinal) && line.EndsWith(">:", StringComparison.Ordinal) && AddressText.TryReadLeading(line, out _, out _))
                return i;
        }
        return -1;
    }
}
