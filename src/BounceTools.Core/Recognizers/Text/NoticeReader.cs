using System.Collections.Generic;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// The steps most MTA notices share: read the delivery-status part when there is one, add what
/// the human-readable text says per recipient, and find the returned original.
/// </summary>
internal static class NoticeReader
{
    public static bool Read(BounceMessage message, BounceDraft draft, IEnumerable<AddressEntry> entries, string action = "failed")
    {
        var status = DeliveryStatus.Find(message);
        if (status != null)
            DeliveryStatusReader.Fill(status, draft);
        EntryMerge.Merge(draft, entries, action);
        if (draft.Original == OriginalMessage.None)
            draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    /// <summary>The returned original's headers when a notice quotes them inline after a marker line.</summary>
    public static OriginalMessage OriginalAfter(BodyLines lines, string marker)
    {
        var at = lines.IndexOf(marker);
        return at < 0 ? OriginalMessage.None : OriginalMessage.FromText(lines.Join(at + 1));
    }
}
