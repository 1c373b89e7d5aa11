using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// SendGrid's reports: delivery-status parts with X-SendGrid-* per-message fields. SendGrid
/// writes "Action: expired" for messages it stopped retrying, which says the reason itself.
/// Its text, which stays when the report part is gone (a notice forwarded inline), opens with
/// SendGrid's own sentence and gives each recipient a line "queue:id:&lt;address&gt; : reason" (or "address:host : reason").
/// </summary>
internal sealed class SendGridRecognizer : IFormatRecognizer
{
    private const string Signature = "This is an automatically generated message from SendGrid.";

    // "queue:id:<a@example.org> : 192.0.2.1 : 550 ...", and without the queue prefix and brackets, "a@example.org:192.0.2.1 : 550 ...".
    private static readonly Regex RecipientLine = TextPatterns.Create(@"^(?:[^\s:@]*:\d+:)?<?(?<address>" + TextPatterns.Address + @")>?\s*:\s*(?<text>\S.*?)\s*$");

    public string Format => "SendGrid";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.BodyText.IndexOf("SendGrid", StringComparison.Ordinal) < 0)
            return false;
        if (message.FindPart("message/delivery-status") == null)
            return NoticeSender.IsMailSystem(message) && message.BodyText.IndexOf(Signature, StringComparison.Ordinal) >= 0 &&
                   NoticeScanner.Read(message, draft, TextEntries(message));
        if (!StandardReport.Read(message, draft))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            if (recipient.Action != "expired")
                continue;
            recipient.Action = "failed";
            recipient.ImpliedReason = BounceReason.Expired;
        }
        return true;
    }

    private static List<AddressEntry> TextEntries(BounceMessage message)
    {
        var entries = new List<AddressEntry>();
        var lines = BodyLines.OfNotice(message);
        for (var i = 0; i < lines.Count; i++)
            if (RecipientLine.SafeMatch(lines[i]) is { Success: true } match)
                entries.Add(new AddressEntry(match.Groups["address"].Value) { Lines = { match.Groups["text"].Value } });
        return entries;
    }
}
