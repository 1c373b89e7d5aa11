using System;
using System.Collections.Generic;
using System.Linq;
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
        // Lines under a recipient ("Reason: Remote host said: 550 ...") are its own; those under the last recipient
        // (e.g. "Body of message generated response:" and the reply) also concern the recipients listed without any,
        // and lines above the first concern them all.
        var above = new List<string>();
        var below = new Dictionary<RecipientDraft, List<string>>();
        RecipientDraft? current = null;
        for (var i = 0; i < end; i++)
        {
            var line = lines[i].Trim();
            var named = RecipientLine.SafeMatch(line);
            if (named.Success)
            {
                current = draft.AddRecipient(named.Groups["address"].Value);
                current.Action = "failed";
                current.DiagnosticCode = named.Groups["text"].Value;
                below[current] = new List<string>();
            }
            else if (line.Length > 0)
                (current == null ? above : below[current]).Add(line);
        }
        var last = current == null ? new List<string>() : below[current];
        foreach (var recipient in draft.Recipients)
        {
            var own = below[recipient].Count > 0 ? below[recipient] : last;
            if (above.Count + own.Count > 0)
                recipient.DiagnosticCode = recipient.DiagnosticCode + " " + string.Join(" ", above.Concat(own));
        }
        draft.Original = OriginalMessage.FromText(lines.Join(end + 1));
        return draft.Recipients.Count > 0;
    }
}
