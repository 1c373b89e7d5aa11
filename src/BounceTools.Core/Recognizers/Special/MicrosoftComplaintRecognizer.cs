using System;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using MimeKit;

namespace BounceTools.Recognizers.Special;

/// <summary>
/// Complaints of Microsoft's junk mail reporting program (Outlook.com, Hotmail): not RFC 5965,
/// but a "complaint about message from &lt;IP&gt;" mail that attaches the reported message, in
/// which X-HmXmrOriginalRecipient names the complaining recipient.
/// </summary>
internal sealed class MicrosoftComplaintRecognizer : IFormatRecognizer
{
    /// <summary>The reported message's header that names the complaining recipient, whose To Microsoft may redact.</summary>
    public const string RecipientHeader = "X-HmXmrOriginalRecipient";

    private static readonly Regex SubjectIp = new CoreRegex(
        @"^\s*complaint about message from (?<ip>[0-9a-f.:]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public string Format => "ARF";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!(message.Message.Body is Multipart) || message.Subject.IndexOf("complaint about message", StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        foreach (var part in message.Parts)
        {
            if (!(part is MessagePart { Message: { } reported }))
                continue;
            var complainant = reported.Headers[RecipientHeader];
            if (complainant == null)
                continue;

            draft.Original = OriginalMessage.FromHeaders(reported.Headers);
            draft.SourceIp = SourceIp(message.Subject);
            var address = AddressField.Parse(complainant);
            var recipient = draft.AddRecipient(address.IndexOf('@') > 0 ? address : draft.Original.To);
            recipient.FeedbackType = "abuse";
            recipient.ImpliedReason = BounceReason.Feedback;
            recipient.DiagnosticCode = message.Subject.Trim();
            return true;
        }
        return false;
    }

    private static string SourceIp(string subject)
    {
        try
        {
            var match = SubjectIp.Tiered().Match(subject);
            return match.Success ? match.Groups["ip"].Value.TrimEnd('.') : string.Empty;
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }
}
