using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Amazon WorkMail notices: "An error occurred while trying to deliver the mail to the following
/// recipients:", then "Technical report:" followed by delivery-status fields written inline in
/// the text part (no message/delivery-status part). When WorkMail gives up retrying it quotes the
/// last remote reply in angle brackets ("554 4.4.7 Message expired: ...&lt;421 4.4.2 Connection
/// timed out&gt;"); that reply says what actually went wrong, so its codes are the recipient's.
/// </summary>
internal sealed class AmazonWorkMailRecognizer : IFormatRecognizer
{
    private static readonly Regex TechnicalReport = TextPatterns.Create(@"^\s*Technical report:\s*$");

    private static readonly Regex LastReply = TextPatterns.Create(@"<(?<reply>[245]\d\d)[ \-](?<status>[245]\.\d{1,3}\.\d{1,3})\b[^<>]*>\s*$");

    public string Format => "AmazonWorkMail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // Relayed through SES, the notice keeps WorkMail's name in X-Original-Mailer.
        if (!IsWorkMail(message.Header("X-Mailer")) && !IsWorkMail(message.Header("X-Original-Mailer")))
            return false;
        var status = DeliveryStatus.Parse(TextSections.After(message.BodyText, TechnicalReport));
        if (status == null)
            return false;
        DeliveryStatusReader.Fill(status, draft);
        foreach (var recipient in draft.Recipients)
        {
            var last = LastReply.SafeMatch(recipient.DiagnosticCode);
            if (!last.Success)
                continue;
            recipient.ReplyCode = int.Parse(last.Groups["reply"].Value);
            recipient.Status = last.Groups["status"].Value;
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    private static bool IsWorkMail(string? mailer) =>
        mailer != null && mailer.StartsWith("Amazon WorkMail", System.StringComparison.OrdinalIgnoreCase);
}
