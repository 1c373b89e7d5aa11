using System;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Special;

/// <summary>
/// A Sieve "reject" (RFC 5429) as Dovecot's Pigeonhole and Cyrus send it: a disposition
/// notification "automatic-action/MDN-sent-automatically; deleted" for the mailbox (Final-Recipient)
/// that refused the message, marked "Auto-Submitted: auto-replied (rejected)" or saying in its
/// text that the message was automatically rejected, with the refusal's reason ("Quota exceeded")
/// in that text. A mail client's "deleted without being read" notice has the same disposition but
/// neither mark, and is no failure. Without that part (a reject forwarded inline), Pigeonhole's
/// text from the mail system, "Your message to &lt;a@example.org&gt; was automatically rejected:"
/// and the reason, names the mailbox.
/// </summary>
internal sealed class SieveRejectRecognizer : IFormatRecognizer
{
    private const int MaxDiagnostic = 300;

    public string Format => "Sieve";

    // Pigeonhole's text: "Your message to <a@example.org> was automatically rejected:" and the reason.
    private static readonly Regex TextReject = TextPatterns.Create(
        @"^\s*Your message to <(?<address>" + TextPatterns.Address + @")> was automatically rejected:\s*\S");

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var part = message.FindPart("message/disposition-notification");
        if (part == null)
            return ReadText(message, draft);
        if (!SaysRejected(message))
            return false;
        var fields = FeedbackFields.Parse(BounceMessage.ReadText(part));
        var disposition = fields.First("Disposition");
        if (disposition.IndexOf("automatic-action", StringComparison.OrdinalIgnoreCase) < 0 ||
            disposition.IndexOf("deleted", StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var address = AddressField.Parse(fields.First("Final-Recipient"));
        if (address.IndexOf('@') <= 0)
            return false;
        AddRecipient(message, draft, address);
        draft.ReportingMta = DeliveryStatus.SplitTyped(fields.First("Reporting-UA")).Text;
        return true;
    }

    // Without the notification part (forwarded inline), the mail system's text names the mailbox and the reason;
    // a delivery-status report worded so is read by the report's readers.
    private static bool ReadText(BounceMessage message, BounceDraft draft)
    {
        if (message.BodyText.IndexOf("automatically rejected", StringComparison.OrdinalIgnoreCase) < 0 ||
            message.FindPart("message/delivery-status") != null || !NoticeSender.IsMailSystem(message) ||
            TextReject.SafeMatch(message.BodyText) is not { Success: true } reject)
            return false;
        AddRecipient(message, draft, reject.Groups["address"].Value);
        return true;
    }

    private static void AddRecipient(BounceMessage message, BounceDraft draft, string address)
    {
        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        var text = TextPatterns.Squeeze(message.BodyText);
        recipient.DiagnosticCode = text.Length > MaxDiagnostic ? text.Substring(0, MaxDiagnostic) : text;
        draft.Original = OriginalMessage.FromReport(message);
    }

    private static bool SaysRejected(BounceMessage message) =>
        (message.Header("Auto-Submitted") ?? string.Empty).IndexOf("rejected", StringComparison.OrdinalIgnoreCase) >= 0 ||
        message.BodyText.IndexOf("automatically rejected", StringComparison.OrdinalIgnoreCase) >= 0;
}
