using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Trend Micro InterScan MSS notices: the SMTP dialogue with the remote server,
/// "Sent &lt;&lt;&lt; RCPT TO:&lt;address&gt;" then "Received &gt;&gt;&gt; reply". The localized
/// notices label the lines in their language and point the arrows the other way
/// ("送信 &gt;&gt;&gt; RCPT TO:", "受信 &lt;&lt;&lt; 550 ..."), so either direction is read. A recipient
/// whose dialogue is not quoted (the message failed before or after it) is named by "Unable to deliver
/// message to &lt;address&gt;.", and the lines right below it, if any, say why.
/// </summary>
internal sealed class TrendMicroRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Dialogue = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*\S*\s*(?:<<<|>>>)\s*RCPT TO:\s*<?(?<address>" + TextPatterns.Address + @")>?"),
        end: TextPatterns.Create(@"^\s*\*+\s*End of message"));

    private static readonly Regex Received = TextPatterns.Create(@"(?:>>>|<<<)\s*(?<reply>[245]\d\d\b.*?)(?:\s+\.\.\.)?\s*$");

    private static readonly Regex Undeliverable = TextPatterns.Create(
        @"^\s*Unable to deliver (?:the )?message to\s*<?(?<address>" + TextPatterns.Address + @")>?\.?\s*$");

    // The Subjects InterScan MSS gives its notices, in English and Japanese.
    private static readonly string[] Subjects = { "Mail could not be delivered", "メッセージを配信できません。", "メール配信に失敗しました" };

    public string Format => "TrendMicro";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var boundary = message.Message.Body?.ContentType.Boundary ?? string.Empty;
        var marked = boundary.IndexOf("InterScan", System.StringComparison.OrdinalIgnoreCase) >= 0 ||
            NoticeHeaders.FromNameContains(message, "InterScan");
        if (!marked && System.Array.IndexOf(Subjects, message.Subject.Trim()) < 0)
            return false;
        var dialogue = NoticeScanner.Scan(message.BodyText, Dialogue);
        // Without the product's name, its own Subject and a quoted dialogue together tell the notice.
        if (!marked && dialogue.Count == 0)
            return false;
        foreach (var entry in dialogue)
        {
            var reply = Received.SafeMatch(entry.Text);
            if (reply.Success)
                NoticeScanner.SetText(entry, reply.Groups["reply"].Value.Trim());
        }
        var entries = new List<AddressEntry>(dialogue);
        foreach (var entry in UndeliverableEntries(BodyLines.OfNotice(message)))
            if (!dialogue.Exists(named => named.Address == entry.Address))
                entries.Add(entry);
        if (!NoticeScanner.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
            if (dialogue.Exists(entry => entry.Address == recipient.Recipient))
                recipient.SmtpCommand = "RCPT";
        return true;
    }

    private static List<AddressEntry> UndeliverableEntries(BodyLines lines)
    {
        var entries = new List<AddressEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = Undeliverable.SafeMatch(lines[i]);
            if (!match.Success)
                continue;
            var entry = new AddressEntry(AddressField.Normalize(match.Groups["address"].Value));
            // The lines right below; the template's elisions ("...") say nothing.
            for (var next = i + 1; next < lines.Count && !string.IsNullOrWhiteSpace(lines[next]); next++)
                if (lines[next].Trim().Trim('.').Length > 0)
                    entry.Lines.Add(lines[next].Trim());
            entries.Add(entry);
        }
        return entries;
    }
}
