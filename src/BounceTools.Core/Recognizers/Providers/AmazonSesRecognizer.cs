using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Amazon SES (sending): delivery-status reports from *.amazonses.com, whose Diagnostic-Code
/// wraps the remote reply in SES's own words ("5.1.0 - Unknown address error 550-'5.2.2 ...'"),
/// and the JSON event notifications (bounce, complaint, delivery) that SES sends through SNS, or that a
/// configuration set publishes as events (delivery delays too).
/// </summary>
internal sealed class AmazonSesRecognizer : IFormatRecognizer
{
    // The remote server's reply that SES quotes: 550-'5.2.2 <user@example.org>... Mailbox Full'
    private static readonly Regex QuotedReply = TextPatterns.Create(@"\b(?<reply>[245]\d\d)[ \-]'(?<text>[^']*)'");

    public string Format => "AmazonSES";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (NoticeHeaders.FromDomain(message, "amazonses.com"))
            return ReadReport(message, draft);
        // SNS stamps the e-mail it delivers to a topic's subscribers with its own headers (x-amz-sns-message-id).
        if (message.Header("X-SES-Outgoing") != null || NoticeHeaders.FromDomain(message, "sns.amazonaws.com") || message.Header("x-amz-sns-message-id") != null)
            return ReadNotification(message, draft);
        return false;
    }

    private static bool ReadReport(BounceMessage message, BounceDraft draft)
    {
        if (!StandardReport.Read(message, draft))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            var quoted = QuotedReply.SafeMatch(recipient.DiagnosticCode);
            if (!quoted.Success)
                continue;
            recipient.ReplyCode = int.Parse(quoted.Groups["reply"].Value);
            var inner = BounceTools.Classification.StatusCodes.Extract(quoted.Groups["text"].Value).Status;
            if (inner.Length > 0)
                recipient.Status = inner;
        }
        return true;
    }

    private static bool ReadNotification(BounceMessage message, BounceDraft draft)
    {
        var notification = SesNotification.Parse(message.BodyText);
        if (notification == null)
            return false;
        switch (notification.NotificationType)
        {
            case "Bounce":
                AddReported(draft, notification.Objects("bouncedRecipients"), "failed", ReasonOfSubType(notification.Value("bounceSubType")));
                draft.ReportingMta = notification.Value("reportingMTA").Replace("dsn; ", string.Empty);
                break;
            // Published by a configuration set only: the recipients SES keeps trying.
            case "DeliveryDelay":
                AddReported(draft, notification.Objects("delayedRecipients"), "delayed", ReasonOfDelayType(notification.Value("delayType")));
                draft.ReportingMta = notification.Value("reportingMTA").Replace("dsn; ", string.Empty);
                break;
            case "Complaint":
                var feedbackType = notification.Value("complaintFeedbackType");
                foreach (var complained in notification.Objects("complainedRecipients"))
                {
                    var recipient = draft.AddRecipient(complained["emailAddress"]);
                    recipient.FeedbackType = feedbackType.Length > 0 ? feedbackType : "abuse";
                    recipient.ImpliedReason = BounceReason.Feedback;
                }
                break;
            case "Delivery":
                foreach (var address in notification.Strings("recipients"))
                {
                    var recipient = draft.AddRecipient(address);
                    recipient.Action = "delivered";
                    recipient.DiagnosticCode = notification.Value("smtpResponse");
                }
                break;
        }
        return draft.Recipients.Count > 0;
    }

    /// <summary>The recipients of a bounce or delay event with the reply SES got for each.</summary>
    private static void AddReported(BounceDraft draft, List<SesRecipient> reported, string action, BounceReason? implied)
    {
        foreach (var entry in reported)
        {
            if (entry["emailAddress"].Length == 0)
                continue;
            var recipient = draft.AddRecipient(entry["emailAddress"]);
            recipient.Action = entry["action"].Length > 0 ? entry["action"] : action;
            recipient.Status = entry["status"];
            var (type, text) = DeliveryStatus.SplitTyped(entry["diagnosticCode"]);
            recipient.DiagnosticType = type;
            recipient.DiagnosticCode = text;
            recipient.ImpliedReason = implied;
        }
    }

    /// <summary>The delay types in which SES states the cause itself; "General" and the rest leave it to the text.</summary>
    private static BounceReason? ReasonOfDelayType(string delayType) => delayType switch
    {
        "MailboxFull" => BounceReason.MailboxFull,
        "SpamDetected" => BounceReason.SpamDetected,
        _ => null,
    };

    /// <summary>The bounce sub-types in which SES states the reason itself; "General" and the rest leave it to the text.</summary>
    private static BounceReason? ReasonOfSubType(string subType) => subType switch
    {
        "Suppressed" or "OnAccountSuppressionList" => BounceReason.Suppressed,
        "NoEmail" => BounceReason.UserUnknown,
        "MailboxFull" => BounceReason.MailboxFull,
        "MessageTooLarge" => BounceReason.MesgTooBig,
        _ => null,
    };
}
