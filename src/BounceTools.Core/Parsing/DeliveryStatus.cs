using System;
using System.Collections.Generic;
using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace BounceTools.Parsing;

/// <summary>
/// The machine-readable part of an RFC 3464 / RFC 6533 report: one block of per-message
/// fields followed by one block per recipient.
/// </summary>
internal sealed class DeliveryStatus
{
    private DeliveryStatus(FieldBlock perMessage, List<FieldBlock> perRecipient)
    {
        PerMessage = perMessage;
        PerRecipient = perRecipient;
    }

    public FieldBlock PerMessage { get; }
    public IReadOnlyList<FieldBlock> PerRecipient { get; }

    /// <summary>Finds and reads the delivery-status part; null when the message has none.</summary>
    public static DeliveryStatus? Find(BounceMessage message)
    {
        var part = message.FindPart("message/delivery-status", "message/global-delivery-status");
        if (part == null)
            return null;
        // RFC 6533 global reports carry UTF-8 field values; classic ones are ASCII, for which UTF-8 is harmless.
        return Parse(BounceMessage.ReadText(part, Encoding.UTF8));
    }

    public static DeliveryStatus? Parse(string text)
    {
        var blocks = FieldBlock.ParseBlocks(text);
        var perMessage = new FieldBlock();
        var perRecipient = new List<FieldBlock>();
        foreach (var block in blocks)
        {
            if (IsRecipientBlock(block))
                perRecipient.Add(block);
            else if (perRecipient.Count == 0 && perMessage.Count == 0)
                perMessage = block;
        }
        return perRecipient.Count == 0 ? null : new DeliveryStatus(perMessage, perRecipient);
    }

    private static bool IsRecipientBlock(FieldBlock block) =>
        block.Contains("Final-Recipient") || block.Contains("Original-Recipient") ||
        (block.Contains("Action") && block.Contains("Status"));

    public static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return DateUtils.TryParse(value!, out var date) ? date : null;
    }

    /// <summary>Splits "smtp; 550 5.1.1 ..." into its type and its text.</summary>
    public static (string Type, string Text) SplitTyped(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return (string.Empty, string.Empty);
        var text = value!.Trim();
        var semicolon = text.IndexOf(';');
        if (semicolon > 0 && semicolon <= 16 && IsTypeName(text, semicolon))
            return (text.Substring(0, semicolon).Trim().ToLowerInvariant(), text.Substring(semicolon + 1).Trim());
        return (string.Empty, text);
    }

    private static bool IsTypeName(string text, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == ' '))
                return false;
        }
        return true;
    }
}
