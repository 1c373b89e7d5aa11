using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Special;

/// <summary>
/// A Sieve "reject" (RFC 5429) as Dovecot's Pigeonhole and Cyrus send it: a disposition
/// notification "automatic-action/MDN-sent-automatically; deleted" for the mailbox (Final-Recipient)
/// that refused the message, marked "Auto-Submitted: auto-replied (rejected)" or saying in its
/// text that the message was automatically rejected, with the refusal's reason ("Quota exceeded")
/// in that text. A mail client's "deleted without being read" notice has the same disposition but
/// neither mark, and is no failure.
/// </summary>
internal sealed class SieveRejectRecognizer : IFormatRecognizer
{
    private const int MaxDiagnostic = 300;

    public string Format => "Sieve";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var part = message.FindPart("message/disposition-notification");
        if (part == null || !SaysRejected(message))
            return false;
        var fields = FeedbackFields.Parse(BounceMessage.ReadText(part));
        var disposition = fields.First("Disposition");
        if (disposition.IndexOf("automatic-action", StringComparison.OrdinalIgnoreCase) < 0 ||
            disposition.IndexOf("deleted", StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var address = AddressField.Parse(fields.First("Final-Recipient"));
        if (address.IndexOf('@') <= 0)
            return false;

        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        var text = TextPatterns.Squeeze(message.BodyText);
        recipient.DiagnosticCode = text.Length > MaxDiagnostic ? text.Substring(0, MaxDiagnostic) : text;
        draft.ReportingMta = DeliveryStatus.SplitTyped(fields.First("Reporting-UA")).Text;
        draft.Original = OriginalMessage.FromReport(message);
        return true;
    }

    private static bool SaysRejected(BounceMessage message) =>
        (message.Header("Auto-Submitted") ?? string.Empty).IndexOf("rejected", StringComparison.OrdinalIgnoreCase) >= 0 ||
        message.BodyText.IndexOf("automatically rejected", StringComparison.OrdinalIgnoreCase) >= 0;
}
