using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Ipswitch IMail Server (X-Mailer: &lt;SMTP32 v...&gt;, Subject: Undeliverable Mail): "Unknown user: user@example.org" style lines
/// (or "undeliverable to user@example.org" when the remote server gave up or the retries ran out),
/// the server's response if any, then "Original message follows."
/// </summary>
internal sealed class IMailServerRecognizer : IFormatRecognizer
{
    private const string OriginalMarker = "Original message follows.";

    // "Unknown user: user@example.org", "undeliverable to user@example.org": the address closes the line.
    private static readonly Regex RecipientLine = TextPatterns.Create(
        @"^(?<text>\S.*?)(?::|\s+to)\s+<?(?<address>" + TextPatterns.Address + @")>?$");

    public string Format => "IMailServer";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var signed = (message.Header("X-Mailer") ?? string.Empty).TrimStart().StartsWith("<SMTP32", StringComparison.OrdinalIgnoreCase);
        if (!signed && !message.Subject.Trim().Equals("Undeliverable Mail", StringComparison.OrdinalIgnoreCase))
            return false;

        // Without a copy of the message there is no marker either: then the whole notice lists the recipients,
        // which only IMail's own X-Mailer or the postmaster's address vouches for.
        var lines = BodyLines.OfNotice(message);
        var end = lines.IndexOf(OriginalMarker);
        if (end < 0 && (signed || NoticeSender.IsDaemonMailbox(message)))
            end = lines.Count;
        if (end < 0)
            return false;
        var details = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var line = lines[i].Trim();
            var named = RecipientLine.SafeMatch(line);
            if (named.Success)
            {
                var recipient = draft.AddRecipient(named.Groups["address"].Value);
                recipient.Action = "failed";
                recipient.DiagnosticCode = named.Groups["text"].Value;
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
