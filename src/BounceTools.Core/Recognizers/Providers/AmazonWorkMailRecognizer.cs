using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Amazon WorkMail notices: "An error occurred while trying to deliver the mail to the following
/// recipients:", then "Technical report:" followed by delivery-status fields written inline in
/// the text part (no message/delivery-status part).
/// </summary>
internal sealed class AmazonWorkMailRecognizer : IFormatRecognizer
{
    private static readonly Regex TechnicalReport = TextPatterns.Create(@"^\s*Technical report:\s*$");

    public string Format => "AmazonWorkMail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!(message.Header("X-Mailer") ?? string.Empty).StartsWith("Amazon WorkMail", System.StringComparison.OrdinalIgnoreCase))
            return false;
        var status = DeliveryStatus.Parse(TextSections.After(message.BodyText, TechnicalReport));
        if (status == null)
            return false;
        DeliveryStatusReader.Fill(status, draft);
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }
}
