using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// IBM/HCL Domino: "Your message / Subject: ... / was not delivered to: / address / because: / reason"
/// (the pair repeated for each failure; Notes R5 writes each on one line: "was not delivered to:  address"),
/// with a delivery-status part (Diagnostic-Code: X-Notes) in current releases.
/// </summary>
internal sealed class DominoRecognizer : IFormatRecognizer
{
    private const string ListMarker = "was not delivered to:";
    private const string ReasonMarker = "because:";

    public string Format => "Domino";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!message.Subject.StartsWith("DELIVERY FAILURE:", StringComparison.OrdinalIgnoreCase) &&
            !message.Subject.StartsWith("DELIVERY_FAILURE:", StringComparison.OrdinalIgnoreCase))
            return false;
        var lines = BodyLines.OfNotice(message);
        var entries = new List<AddressEntry>();
        var found = false;
        // A notice about several recipients repeats the "was not delivered to: / because:" pair for each failure.
        for (var listAt = lines.IndexOf(ListMarker); listAt >= 0; listAt = lines.IndexOf(ListMarker, listAt + 1))
        {
            var reasonAt = lines.IndexOf(ReasonMarker, listAt + 1);
            if (reasonAt < 0)
                break;
            found = true;
            // Notes R5 puts the address and the reason on the markers' own lines ("because:  User ... not listed ...").
            var reason = TextAfter(lines[reasonAt], ReasonMarker).Length > 0
                ? TextAfter(lines.Paragraph(reasonAt), ReasonMarker)
                : lines.Paragraph(reasonAt + 1);
            for (var i = listAt; i < reasonAt; i++)
            {
                var address = AddressText.Find(i == listAt ? TextAfter(lines[i], ListMarker) : lines[i]);
                if (address.Length == 0)
                    continue;
                var entry = new AddressEntry(address);
                entry.Lines.Add(reason);
                entries.Add(entry);
            }
        }
        if (!found)
            return false;
        return NoticeReader.Read(message, draft, entries, "failed", lines);
    }

    private static string TextAfter(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? string.Empty : text.Substring(at + marker.Length).Trim();
    }
}
