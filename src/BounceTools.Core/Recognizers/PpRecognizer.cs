using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// PP, the X.400 and Internet MTA ("with SMTP (XT-PP)" in its Received lines): a delivery report
/// in text, "This report relates to your message:" with the message's Subject, Message-ID and To,
/// then per failure "Your message was not delivered to:", the recipients indented, "for the
/// following reason:" and the X.400 reason and diagnostic ("Diagnostic was Unable to transfer,
/// Message timed out") with what the next server said ("Information MTA '192.0.2.1' gives error
/// message 5.7.1 Unable to relay ..."). A delivery-status part with an x400 Reporting-MTA usually
/// comes along; this reads the text when that part is gone (a report forwarded inline).
/// </summary>
internal sealed class PpRecognizer : IFormatRecognizer
{
    private const string Banner = "This report relates to your message";
    private const string ListIntro = "Your message was not delivered to";
    private const string ReasonIntro = "for the following reason";
    private const string ReasonWording = "Diagnostic was ";
    private const string AdministratorSection = "The following information is directed towards the local administrator";

    public string Format => "PP";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // With its delivery-status part, the report is read as the standard one it is (Rfc3464Recognizer).
        if (message.FindPart("message/delivery-status") != null ||
            NoticeText.Of(message).IndexOf(Banner, StringComparison.OrdinalIgnoreCase) < 0 || !NoticeSender.IsMailSystem(message))
            return false;
        var lines = BodyLines.OfNotice(message);
        var entries = new List<AddressEntry>();
        var forAdministrator = lines.IndexOf(AdministratorSection) >= 0;
        for (var at = lines.IndexOf(ListIntro); at >= 0; at = lines.IndexOf(ListIntro, at + 1))
            if (!TryReadFailure(lines, at, forAdministrator, entries))
                return false;
        return entries.Count > 0 && NoticeReader.Read(message, draft, entries);
    }

    // The addresses up to "for the following reason:", each given the reason paragraph below it. PP words that
    // paragraph "Diagnostic was <reason>, <diagnostic>" or gives the reason and diagnostic a line each above its
    // section for the administrator ("***** The following information is directed towards the local
    // administrator"); a person's text quoting the phrases would do neither.
    private static bool TryReadFailure(BodyLines lines, int at, bool forAdministrator, List<AddressEntry> entries)
    {
        var block = new List<AddressEntry>();
        var i = at + 1;
        for (; i < lines.Count && lines[i].IndexOf(ReasonIntro, StringComparison.OrdinalIgnoreCase) < 0; i++)
            if (AddressText.TryReadLeading(lines[i].Trim(), out var address, out _))
                block.Add(new AddressEntry(address));
        var reason = lines.Paragraph(i + 1);
        if (block.Count == 0 || reason.Length == 0 || !(forAdministrator || reason.StartsWith(ReasonWording, StringComparison.OrdinalIgnoreCase)))
            return false;
        foreach (var entry in block)
            entry.Lines.Add(reason);
        entries.AddRange(block);
        return true;
    }
}
