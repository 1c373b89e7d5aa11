using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// IBM/HCL Domino: "Your message / Subject: ... / was not delivered to: / address / because: / reason"
/// (the pair repeated for each failure; Notes R5 writes each on one line: "was not delivered to:  address"),
/// with a delivery-status part (Diagnostic-Code: X-Notes) in current releases. A German server writes
/// "ZUSTELLUNGSFEHLER: ... / wurde nicht zugestellt an: / ... / weil: / ...".
/// </summary>
internal sealed class DominoRecognizer : IFormatRecognizer
{
    private static readonly Wording[] Languages =
    {
        new(new[] { "DELIVERY FAILURE:", "DELIVERY_FAILURE:" }, "was not delivered to:", "because:"),
        new(new[] { "ZUSTELLUNGSFEHLER:" }, "wurde nicht zugestellt an:", "weil:"),
    };

    public string Format => "Domino";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var wording = Array.Find(Languages, language => Array.Exists(language.Subjects, subject => message.Subject.StartsWith(subject, StringComparison.OrdinalIgnoreCase)));
        if (wording == null)
            return false;
        var lines = BodyLines.OfNotice(message);
        var entries = new List<AddressEntry>();
        var found = false;
        // A notice about several recipients repeats the "was not delivered to: / because:" pair for each failure.
        for (var listAt = lines.IndexOf(wording.ListMarker); listAt >= 0; listAt = lines.IndexOf(wording.ListMarker, listAt + 1))
        {
            var reasonAt = lines.IndexOf(wording.ReasonMarker, listAt + 1);
            if (reasonAt < 0)
                break;
            found = true;
            // Notes R5 puts the address and the reason on the markers' own lines ("because:  User ... not listed ...").
            var reason = TextAfter(lines[reasonAt], wording.ReasonMarker).Length > 0
                ? TextAfter(lines.Paragraph(reasonAt), wording.ReasonMarker)
                : lines.Paragraph(reasonAt + 1);
            for (var i = listAt; i < reasonAt; i++)
            {
                var address = AddressText.Find(i == listAt ? TextAfter(lines[i], wording.ListMarker) : lines[i]);
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

    private sealed class Wording(string[] subjects, string listMarker, string reasonMarker)
    {
        public string[] Subjects { get; } = subjects;
        public string ListMarker { get; } = listMarker;
        public string ReasonMarker { get; } = reasonMarker;
    }

    private static string TextAfter(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? string.Empty : text.Substring(at + marker.Length).Trim();
    }
}
