using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Anonymised family X3: "This is an automatically generated Delivery Status Notification." then
/// "Delivery to the following recipients failed permanently:" (or "was aborted after ...") with
/// "  * user@example.org" items and an optional "Technical details:" section.
/// </summary>
internal sealed class X3Recognizer : IFormatRecognizer
{
    private const string Banner = "This is an automatically generated Delivery Status Notification";
    private const string DetailsMarker = "Technical details:";

    public string Format => "X3";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(Banner, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        var listAt = lines.IndexOfAny(new[] { "to the following recipients failed", "to the following recipients was aborted", "to the following recipients has been delayed" });
        if (listAt < 0)
            return false;

        var detailsAt = lines.IndexOf(DetailsMarker, listAt);
        var details = detailsAt < 0 ? string.Empty : lines.Paragraph(detailsAt + 1).Trim('=', ' ');
        var status = DeliveryStatus.Find(message);
        if (status != null)
            DeliveryStatusReader.Fill(status, draft);
        var entries = new List<AddressEntry>();
        foreach (var address in ListedAddresses(lines, listAt + 1))
        {
            var entry = new AddressEntry(address);
            // "... was aborted after 5.0 hour(s):" tells that the queue lifetime ran out; "failed permanently:" tells nothing more.
            if (lines[listAt].IndexOf("aborted after", StringComparison.OrdinalIgnoreCase) >= 0)
                entry.Lines.Add(lines[listAt].Trim());
            if (details.Length > 0)
                entry.Lines.Add(details);
            entries.Add(entry);
        }
        EntryMerge.Merge(draft, entries, lines[listAt].IndexOf("has been delayed", StringComparison.OrdinalIgnoreCase) >= 0 ? "delayed" : "failed");
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    private static IEnumerable<string> ListedAddresses(BodyLines lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 && i == start)
                continue;
            if (!line.StartsWith("*", StringComparison.Ordinal))
                yield break;
            var address = AddressText.Find(line);
            if (address.Length > 0)
                yield return address;
        }
    }
}
