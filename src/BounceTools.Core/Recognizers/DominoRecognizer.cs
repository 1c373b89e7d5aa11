using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// IBM/HCL Domino: "Your message / Subject: ... / was not delivered to: / address / because: / reason",
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
        var listAt = lines.IndexOf(ListMarker);
        var reasonAt = lines.IndexOf(ReasonMarker, listAt + 1);
        if (listAt < 0 || reasonAt < 0)
            return false;

        var reason = lines.Paragraph(reasonAt + 1);
        var entries = new List<AddressEntry>();
        for (var i = listAt + 1; i < reasonAt; i++)
        {
            var address = AddressText.Find(lines[i]);
            if (address.Length == 0)
                continue;
            var entry = new AddressEntry(address);
            entry.Lines.Add(reason);
            entries.Add(entry);
        }
        return NoticeReader.Read(message, draft, entries, "failed", lines);
    }
}
