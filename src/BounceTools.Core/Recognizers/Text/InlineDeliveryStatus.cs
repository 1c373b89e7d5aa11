using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Delivery-status fields written into the text itself: by MTAs that do not use MIME, or after a
/// relay or a person flattened or forwarded the report.
/// </summary>
internal static class InlineDeliveryStatus
{
    public static DeliveryStatus? Find(BodyLines lines)
    {
        var at = lines.IndexOf("Final-Recipient:");
        if (at < 0)
            return null;
        var reporting = lines.IndexOf("Reporting-MTA:");
        var start = reporting >= 0 && reporting < at ? reporting : at;
        return DeliveryStatus.Parse(lines.Join(start));
    }
}
