using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// The raw text of a message's delivery-status parts, for a cheap look at vendor fields
/// (X-Postfix-*, X-PowerMTA-*) before anything is parsed.
/// </summary>
internal static class ReportPartText
{
    public static bool Contains(BounceMessage message, string marker) =>
        DeliveryStatus.ReportText(message).IndexOf(marker, System.StringComparison.OrdinalIgnoreCase) >= 0;
}
