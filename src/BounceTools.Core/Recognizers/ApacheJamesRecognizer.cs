using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Apache James: "Error message below:" with the server's answer, then "Message details:" listing
/// "  RCPT TO: user@example.org" among the envelope facts.
/// </summary>
internal sealed class ApacheJamesRecognizer : IFormatRecognizer
{
    private const string ErrorMarker = "Error message below:";
    private const string DetailsMarker = "Message details:";

    public string Format => "ApacheJames";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(ErrorMarker, StringComparison.OrdinalIgnoreCase) < 0 || text.IndexOf(DetailsMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        var errorAt = lines.IndexOf(ErrorMarker);
        var detailsAt = lines.IndexOf(DetailsMarker, errorAt);
        if (detailsAt < 0)
            return false;
        var diagnostic = string.Join(" ", TextLines.Split(lines.Join(errorAt + 1, detailsAt))).Trim();
        for (var i = detailsAt + 1; i < lines.Count && lines[i].Trim().Length > 0; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase))
                continue;
            var address = AddressText.Find(line);
            if (address.Length == 0)
                continue;
            var recipient = draft.AddRecipient(address);
            recipient.Action = "failed";
            recipient.DiagnosticCode = diagnostic;
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }
}
