using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Ipswitch IMail Server (X-Mailer: &lt;SMTP32 v...&gt;, Subject: Undeliverable Mail): "Unknown user: user@example.org" style lines,
/// the server's response if any, then "Original message follows."
/// </summary>
internal sealed class IMailServerRecognizer : IFormatRecognizer
{
    private const string OriginalMarker = "Original message follows.";

    public string Format => "IMailServer";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!(message.Header("X-Mailer") ?? string.Empty).TrimStart().StartsWith("<SMTP32", StringComparison.OrdinalIgnoreCase) &&
            !message.Subject.Trim().Equals("Undeliverable Mail", StringComparison.OrdinalIgnoreCase))
            return false;

        var lines = BodyLines.OfNotice(message);
        var end = lines.IndexOf(OriginalMarker);
        if (end < 0)
            return false;
        var details = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var line = lines[i].Trim();
            var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            var address = colon > 0 ? AddressText.Find(line.Substring(colon + 2)) : string.Empty;
            if (address.Length > 0 && line.Substring(colon + 2).Trim().Trim('<', '>').Equals(address, StringComparison.OrdinalIgnoreCase))
            {
                var recipient = draft.AddRecipient(address);
                recipient.Action = "failed";
                recipient.DiagnosticCode = line.Substring(0, colon);
            }
            else if (line.Length > 0)
                details.Add(line);
        }
        // Lines other than the recipients' (e.g. "Body of message generated response:" and the reply) concern them all.
        if (details.Count > 0)
            foreach (var recipient in draft.Recipients)
                recipient.DiagnosticCode = recipient.DiagnosticCode + " " + string.Join(" ", details);
        draft.Original = OriginalMessage.FromText(lines.Join(end + 1));
        return draft.Recipients.Count > 0;
    }
}
