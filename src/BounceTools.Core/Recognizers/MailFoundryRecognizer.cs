using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// MailFoundry gateway: "Unable to deliver message to: &lt;address&gt;" then "Delivery failed for the
/// following reason:" and the remote server's answer, the pair repeated for each recipient.
/// </summary>
internal sealed class MailFoundryRecognizer : IFormatRecognizer
{
    private const string RecipientMarker = "Unable to deliver message to:";
    private const string ReasonMarker = "Delivery failed for the following reason:";

    public string Format => "MailFoundry";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(RecipientMarker, StringComparison.OrdinalIgnoreCase) < 0 || text.IndexOf(ReasonMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        // Each recipient has its own "Unable to deliver ... / Delivery failed for ..." pair.
        for (var at = lines.IndexOf(RecipientMarker); at >= 0; at = lines.IndexOf(RecipientMarker, at + 1))
        {
            var address = AddressText.Find(lines[at]);
            var reasonAt = lines.IndexOf(ReasonMarker, at + 1);
            if (address.Length == 0 || reasonAt < 0)
                continue;
            var reason = lines.Paragraph(reasonAt + 1);
            var recipient = draft.AddRecipient(address);
            recipient.Action = "failed";
            recipient.DiagnosticCode = reason;
            recipient.RemoteMta = SmtpText.FindHost(reason.Replace("Server ", "host "));
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }
}
