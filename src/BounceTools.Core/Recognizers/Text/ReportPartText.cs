using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// The raw text of a message's delivery-status part, for a cheap look at vendor fields
/// (X-Postfix-*, X-PowerMTA-*) before anything is parsed.
/// </summary>
internal static class ReportPartText
{
    public static string Of(BounceMessage message) =>
        message.Memo("ReportPartText", m => m.FindPart("message/delivery-status", "message/global-delivery-status") is { } part
            ? BounceMessage.ReadText(part)
            : string.Empty);

    public static bool Contains(BounceMessage message, string marker) =>
        Of(message).IndexOf(marker, System.StringComparison.OrdinalIgnoreCase) >= 0;
}
