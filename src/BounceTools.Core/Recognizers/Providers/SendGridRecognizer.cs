using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// SendGrid's reports: delivery-status parts with X-SendGrid-* per-message fields. SendGrid
/// writes "Action: expired" for messages it stopped retrying, which says the reason itself.
/// </summary>
internal sealed class SendGridRecognizer : IFormatRecognizer
{
    public string Format => "SendGrid";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.FindPart("message/delivery-status") == null || message.BodyText.IndexOf("SendGrid", System.StringComparison.Ordinal) < 0)
            return false;
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
}
