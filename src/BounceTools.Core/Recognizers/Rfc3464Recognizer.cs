using BounceTools.Parsing;

namespace BounceTools.Recognizers;

/// <summary>
/// Standard delivery status notifications (RFC 3464, and the RFC 6533 global forms):
/// multipart/report with a message/delivery-status part, or, when the MIME structure is
/// broken or missing, the same fields written in the message text.
/// </summary>
internal sealed class Rfc3464Recognizer : IFormatRecognizer
{
    public string Format => "RFC3464";

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        Read(DeliveryStatus.Find(message) ?? DeliveryStatus.FindInText(message), message, draft);

    /// <summary>Reads the message's delivery-status part, if it has one.</summary>
    public static bool ReadReportPart(BounceMessage message, BounceDraft draft) => Read(DeliveryStatus.Find(message), message, draft);

    private static bool Read(DeliveryStatus? status, BounceMessage message, BounceDraft draft)
    {
        if (status == null)
            return false;
        DeliveryStatusReader.Fill(status, draft);
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }
}
