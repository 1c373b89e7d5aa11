using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Last resort for plain-text notices of unknown MTAs: a line saying that "the following address(es)
/// failed" (or could not be delivered), then each address on its own line with the reason below it
/// (or a single address after the colon of that line). Without such a line, a labelled recipient
/// ("Intended recipient: a", "(Originally addressed to a)") or a Subject that names the one address
/// a message could not be delivered to will do. A notice that says delivery is only postponed is
/// a delay. Only mail that presents itself as a delivery notice is considered.
/// </summary>
internal sealed class PlainTextRecognizer : IFormatRecognizer
{
    private static readonly Regex ListIntro = new(
        @"(?:did not reach the following recipient(?:\(s\)|s)?" +
        @"|following (?:e-?mail )?(?:recipients?|recipient\(s\)|address(?:es|\(es\))?|users?|destinations?)\s*(?:failed|could not be (?:delivered|reached)|cannot be delivered|(?:was|were) not delivered|(?:was|were) undeliverable|did not receive|had (?:permanent |transient )?(?:fatal |delivery )?(?:errors|problems))" +
        @"|(?:could not|cannot|unable to) (?:be )?deliver(?:ed)? (?:your message |the message |this message |message )?to the following (?:recipients?|recipient\(s\)|address(?:es|\(es\))?|users?)" +
        // Intros whose list starts on the next line: "Your message could not be delivered to", "Delivery of email to this address".
        @"|(?:message|mail) (?:could not|cannot|can't) be delivered to:?\s*$" +
        @"|delivery of (?:e-?mail|(?:your|the) message) to (?:this|the following) address(?:es)?:?\s*$" +
        @"|addressed to (?:e-?mail )?address(?:es)?\s*:\s*$" +
        @"|^[\s\-=*]*(?:failed|undeliverable) (?:recipients?|address(?:es)?)[\s\-=*:]*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>
    /// A notice's Subject; a person's reply that quotes one ("Re: Undelivered Mail ...") is not a notice,
    /// but a gateway that answers with the original subject and its verdict in brackets ("RE: Minutes (delivery failed)") is.
    /// </summary>
    private static readonly Regex NoticeSubject = new(
        @"^(?!\s*(?:re|aw|sv|antw)\s*:).*?(?:undeliver|delivery (?:status|failure|failed|notification|problem|warning)|returned mail|mail delivery|failure notice|not delivered|delivery has failed|non-delivery)" +
        @"|\((?:delivery failed|undeliverable|not delivered)\)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>"Your message to user@example.org could not be delivered": the Subject names the recipient.</summary>
    private static readonly Regex SubjectRecipient = new(
        @"(?:message|mail) (?:to|for) <?(?<address>" + AddressText.Address + @")>? (?:could not|couldn't|cannot|can't|was not|wasn't|has not been) (?:be )?delivered",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>Wording of a delay warning: the server still holds the message and keeps trying.</summary>
    private static readonly Regex Postponed = new(
        @"\b(?:has been|is being) (?:postponed|delayed|deferred)\b|\bwill (?:continue|keep) (?:to )?(?:try|retry|attempt)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>The line that introduces the returned message: "Original message follows", "Old message:", "Your message reads (in part):", ...</summary>
    private static readonly Regex ReturnedMessage = new(
        @"original message|copy of the message|^\s*old message:|your message reads|message headers follow|(?:header|lines) of (?:the|your) (?:original )?message",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    private static readonly Func<string, bool> EndOfList = line =>
    {
        var text = line.TrimStart();
        return text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("===", StringComparison.Ordinal) ||
               Matches(ReturnedMessage, text);
    };

    public string Format => "PlainText";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!FromMailSystem(message) && !Matches(NoticeSubject, message.Subject) && !IsDeliveryReport(message))
            return false;
        var lines = BodyLines.OfNotice(message);
        var entries = ListedEntries(lines);
        if (entries.Count == 0)
            entries = RecipientLines.Read(lines, 0, EndOfList, labelOnly: true);
        if (entries.Count == 0)
            entries = SubjectEntries(message.Subject, lines);
        if (entries.Count == 0)
            return false;
        return NoticeReader.Read(message, draft, entries, IsPostponed(lines) ? "delayed" : "failed");
    }

    /// <summary>The entries under the first list intro that has any.</summary>
    private static List<AddressEntry> ListedEntries(BodyLines lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Matches(ListIntro, lines[i]))
                continue;
            // "Did not reach the following recipient: user@example.org" names it on the same line.
            var colon = lines[i].LastIndexOf(':');
            var named = colon < 0 ? string.Empty : AddressText.Find(lines[i].Substring(colon + 1));
            if (named.Length > 0)
                return new List<AddressEntry> { new(named) };
            // The intro may wrap; lines up to the first address are skipped.
            var entries = AddressEntries.Read(lines, i + 1, EndOfList);
            if (entries.Count == 0)
                entries = RecipientLines.Read(lines, i + 1, EndOfList, labelOnly: false);
            if (entries.Count > 0)
                return entries;
        }
        return new List<AddressEntry>();
    }

    /// <summary>The recipient a Subject names, with the paragraph of the notice that names it too; none when the text does not.</summary>
    private static List<AddressEntry> SubjectEntries(string subject, BodyLines lines)
    {
        var entries = new List<AddressEntry>();
        var match = SubjectRecipient.SafeMatch(subject);
        var address = match.Success ? AddressText.Find(match.Groups["address"].Value) : string.Empty;
        var at = address.Length == 0 ? -1 : lines.IndexOf(address);
        if (at < 0)
            return entries;
        var start = at;
        while (start > 0 && lines[start - 1].Trim().Length > 0)
            start--;
        var entry = new AddressEntry(address);
        entry.Lines.Add(lines.Paragraph(start));
        entries.Add(entry);
        return entries;
    }

    private static bool IsPostponed(BodyLines lines)
    {
        for (var i = 0; i < lines.Count && !EndOfList(lines[i]); i++)
            if (Matches(Postponed, lines[i]))
                return true;
        return false;
    }

    /// <summary>A multipart/report of delivery status presents itself as a notice, whoever sent it.</summary>
    private static bool IsDeliveryReport(BounceMessage message) =>
        message.Message.Body is MimeKit.MultipartReport report &&
        string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase);

    private static bool FromMailSystem(BounceMessage message)
    {
        var from = message.FromAddress;
        var at = from.IndexOf('@');
        var local = at < 0 ? from : from.Substring(0, at);
        return local == "mailer-daemon" || local == "postmaster" || local == "mail-daemon" || local.StartsWith("bounce", StringComparison.Ordinal);
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
