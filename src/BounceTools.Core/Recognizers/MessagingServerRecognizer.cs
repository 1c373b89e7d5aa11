using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Sun/Oracle Communications Messaging Server (iPlanet, also behind iCloud): "This report relates to a
/// message you sent with the following header fields:" then per recipient an indented block of
/// "Recipient address:", "Original address:", "Reason:", "Diagnostic code:" and "Remote system:" lines.
/// </summary>
internal sealed class MessagingServerRecognizer : IFormatRecognizer
{
    private const string Banner = "This report relates to a message you sent with the following header fields";
    // "Your message has been delayed and is still awaiting delivery to the following recipients:"
    private const string DelayNotice = "still awaiting delivery";

    public string Format => "MessagingServer";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(Banner, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        var status = DeliveryStatus.Find(message) ?? InlineDeliveryStatus.Find(lines);
        if (status != null)
            DeliveryStatusReader.Fill(status, draft);

        var textNamesRecipients = draft.Recipients.Count == 0;
        var textAction = text.IndexOf(DelayNotice, StringComparison.OrdinalIgnoreCase) >= 0 ? "delayed" : "failed";
        foreach (var fields in RecipientBlocks(lines))
        {
            // "Recipient address: a@ims-ms-daemon" names an internal delivery channel; "Original address" the mailbox written.
            var address = DeliveryStatusReader.UsableAddress(AddressField.Parse(Field(fields, "Recipient address")), AddressField.Parse(Field(fields, "Original address")));
            if (address.Length == 0)
                continue;
            var recipient = EntryMerge.Find(draft, address);
            if (recipient == null)
            {
                if (!textNamesRecipients)
                    continue;
                recipient = draft.AddRecipient(address);
                recipient.Action = textAction;
            }
            var (_, diagnostic) = DeliveryStatus.SplitTyped(Field(fields, "Diagnostic code"));
            var reason = Field(fields, "Reason");
            EntryMerge.Fill(recipient, diagnostic.Length > 0 ? diagnostic : reason);
            if (recipient.SmtpCommand.Length == 0)
                recipient.SmtpCommand = CommandOf(reason);
            if (recipient.RemoteMta.Length == 0)
                recipient.RemoteMta = FirstWord(DeliveryStatus.SplitTyped(Field(fields, "Remote system")).Text);
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    // "  Recipient address: a@example.org" opens a block of "  Name: value" lines (names contain spaces).
    private static List<Dictionary<string, string>> RecipientBlocks(BodyLines lines)
    {
        var blocks = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        for (var i = Math.Max(lines.IndexOf("following recipients") + 1, 0); i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var name = line.Substring(0, colon);
            if (name.Equals("Recipient address", StringComparison.OrdinalIgnoreCase))
                blocks.Add(current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
            if (current != null && !current.ContainsKey(name))
                current[name] = line.Substring(colon + 2).Trim();
        }
        return blocks;
    }

    private static string Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value : string.Empty;

    // Messaging Server's reasons name the stage: "Remote SMTP server has rejected address", "Server rejected MAIL FROM address".
    private static string CommandOf(string reason)
    {
        if (reason.IndexOf("MAIL FROM", StringComparison.OrdinalIgnoreCase) >= 0)
            return "MAIL";
        if (reason.IndexOf("rejected address", StringComparison.OrdinalIgnoreCase) >= 0)
            return "RCPT";
        return string.Empty;
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return (space < 0 ? text : text.Substring(0, space)).ToLowerInvariant();
    }
}
