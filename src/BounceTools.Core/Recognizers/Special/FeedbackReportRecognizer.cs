using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using MimeKit;

namespace BounceTools.Recognizers.Special;

/// <summary>
/// RFC 5965 abuse feedback reports (ARF): multipart/report; report-type=feedback-report with a
/// message/feedback-report part. One record per complaining recipient (Original-Rcpt-To, else
/// Removal-Recipient, else Microsoft's X-HmXmrOriginalRecipient or the reported message's To), Reason Feedback, no action.
/// </summary>
internal sealed class FeedbackReportRecognizer : IFormatRecognizer
{
    public string Format => "ARF";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!(message.Message.Body is Multipart))
            return false;
        var part = message.FindPart("message/feedback-report");
        if (part == null)
            return false;

        var fields = FeedbackFields.Parse(BounceMessage.ReadText(part));
        var feedbackType = fields.First("Feedback-Type").ToLowerInvariant();
        if (feedbackType.Length == 0)
            return false;

        draft.Original = OriginalMessage.FromReport(message);
        draft.SourceIp = fields.First("Source-IP");
        draft.ReportingMta = DeliveryStatus.SplitTyped(fields.First("Reporting-MTA")).Text;
        draft.ArrivalDate = DeliveryStatus.ParseDate(fields.First("Arrival-Date")) ?? DeliveryStatus.ParseDate(fields.First("Received-Date"));

        var summary = NoticeText.FirstLines(message.BodyText);
        foreach (var address in ComplainingRecipients(fields, draft.Original, NamedByMicrosoft(message)))
        {
            var recipient = draft.AddRecipient(address);
            recipient.FeedbackType = feedbackType;
            recipient.ImpliedReason = BounceReason.Feedback;
            recipient.DiagnosticCode = summary;
            recipient.LastAttemptDate = draft.ArrivalDate;
        }
        return draft.Recipients.Count > 0;
    }

    /// <summary>
    /// Who received the reported message. A report that names nobody still yields one record
    /// (with an empty recipient): the complaint itself is the news.
    /// </summary>
    private static IEnumerable<string> ComplainingRecipients(FeedbackFields fields, OriginalMessage original, string namedByMicrosoft)
    {
        var named = fields.All("Original-Rcpt-To");
        if (named.Count == 0)
            named = fields.All("Removal-Recipient");
        var found = false;
        foreach (var value in named)
        {
            var address = AddressField.Parse(value);
            if (address.IndexOf('@') > 0)
            {
                found = true;
                yield return address;
            }
        }
        if (!found)
            yield return namedByMicrosoft.Length > 0 ? namedByMicrosoft : original.To.IndexOf('@') > 0 ? original.To : string.Empty;
    }

    /// <summary>Microsoft's reports redact the reported message's To and name the recipient in a header of their own.</summary>
    private static string NamedByMicrosoft(BounceMessage message)
    {
        foreach (var part in message.Parts)
            if (part is MessagePart { Message: { } reported } && reported.Headers[MicrosoftComplaintRecognizer.RecipientHeader] is { } named &&
                AddressField.Parse(named) is { } address && address.IndexOf('@') > 0)
                return address;
        return string.Empty;
    }
}
