using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Sun/Oracle Communications Messaging Server (iPlanet, also behind iCloud): "This report relates to a
/// message you sent with the following header fields:" then per recipient an indented block of
/// "Recipient address:", "Reason:", "Diagnostic code:" and "Remote system:" lines.
/// </summary>
internal sealed class MessagingServerRecognizer : IFormatRecognizer
{
    private const string Banner = "This report relates to a message you sent with the following header fields";

    public string Format => "MessagingServer";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(Banner, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.From(text);
        var status = DeliveryStatus.Find(message) ?? InlineDeliveryStatus.Find(lines);
        if (status != null)
            DeliveryStatusReader.Fill(status, draft);

        var textNamesRecipients = draft.Recipients.Count == 0;
        foreach (var block in FieldBlock.ParseBlocks(Unindented(lines)))
        {
            var address = AddressField.Parse(block["Recipient address"]);
            if (address.Length == 0)
                continue;
            var recipient = EntryMerge.Find(draft, address);
            if (recipient == null)
            {
                if (!textNamesRecipients)
                    continue;
                recipient = draft.AddRecipient(address);
                recipient.Action = "failed";
            }
            var (_, diagnostic) = DeliveryStatus.SplitTyped(block["Diagnostic code"]);
            var reason = block["Reason"] ?? string.Empty;
            EntryMerge.Fill(recipient, diagnostic.Length > 0 ? diagnostic : reason);
            if (recipient.SmtpCommand.Length == 0)
                recipient.SmtpCommand = CommandOf(reason);
            if (recipient.RemoteMta.Length == 0)
                recipient.RemoteMta = FirstWord(DeliveryStatus.SplitTyped(block["Remote system"]).Text);
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    // The per-recipient lines are indented; field parsing would read them as continuations.
    private static string Unindented(BodyLines lines)
    {
        var start = lines.IndexOf("following recipients");
        var builder = new System.Text.StringBuilder();
        for (var i = Math.Max(start + 1, 0); i < lines.Count; i++)
            builder.Append(lines[i].Trim()).Append('\n');
        return builder.ToString();
    }

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
