using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// MailFoundry gateway: "Unable to deliver message to: &lt;address&gt;" then "Delivery failed for the
/// following reason:" and the remote server's answer.
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
        var reasonAt = lines.IndexOf(ReasonMarker);
        var reason = lines.Paragraph(reasonAt + 1);
        for (var i = 0; i < reasonAt; i++)
        {
            if (lines[i].IndexOf(RecipientMarker, StringComparison.OrdinalIgnoreCase) < 0)
                continue;
            var address = AddressText.Find(lines[i]);
            if (address.Length == 0)
                continue;
            var recipient = draft.AddRecipient(address);
            recipient.Action = "failed";
            recipient.DiagnosticCode = reason;
            recipient.RemoteMta = SmtpText.FindHost(reason.Replace("Server ", "host "));
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }
}
