using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// Reads the delivery-status part, or all of them when a report carries several; null when
    /// the message has none.
    /// </summary>
    public static DeliveryStatus? Find(BounceMessage message) => message.DeliveryStatus;

    /// <summary>True when the message is a multipart/report of report-type delivery-status (RFC 3464).</summary>
    public static bool IsReport(MimeMessage message) =>
        message.Body is MultipartReport report &&
        string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase);

    internal static DeliveryStatus? ReadParts(BounceMessage message)
    {
        var text = ReportText(message);
        return text.Length == 0 ? null : Parse(text);
    }

    /// <summary>The raw text of every delivery-status part, read once per message.</summary>
    public static string ReportText(BounceMessage message) =>
        message.Memo("DeliveryStatus.Text", m =>
        {
            // Nearly every report has one such part: its text is used as it is, without a copy.
            string? first = null;
            StringBuilder? texts = null;
            foreach (var part in m.Parts)
            {
                if ((texts?.Length ?? first?.Length ?? 0) >= Limits.MaxPartTextChars)
                    break;
                if (!part.ContentType.IsMimeType("message", "delivery-status") && !part.ContentType.IsMimeType("message", "global-delivery-status"))
                    continue;
                // RFC 6533 global reports carry UTF-8 field values; classic ones are ASCII, for which UTF-8 is harmless.
                var text = BounceMessage.ReadText(part, Encoding.UTF8);
                if (first == null)
                    first = text;
                else
                    (texts ??= new StringBuilder(first)).Append(PartSeparator).Append(text);
            }
            return texts?.ToString() ?? first ?? MislabelledReportText(m) ?? string.Empty;
        });

    /// <summary>
    /// A report whose second part, where RFC 3464 puts the delivery status, carries the fields
    /// under text/plain (MailEnable, some gateways) or as an attachment a mail client renamed
    /// ("ATT00001.dat", application/octet-stream): its text, when it starts with a report field.
    /// </summary>
    private static string? MislabelledReportText(BounceMessage message)
    {
        if (message.Message.Body is not MultipartReport report || report.Count < 2 || report[1] is not MimePart part ||
            !(part is TextPart { IsPlain: true } || part.ContentType.IsMimeType("application", "octet-stream")))
            return null;
        var text = BounceMessage.ReadText(part);
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        foreach (var field in ReportFieldNames)
            if (string.Compare(text, start, field, 0, field.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return text;
        return null;
    }

    private static readonly string[] ReportFieldNames = { "Reporting-MTA:", "Original-Envelope-Id:", "Received-From-MTA:", "Arrival-Date:", "Final-Recipient:", "Original-Recipient:" };

    private const string PartSeparator = "\n\n";

    /// <summary>
    /// Finds report fields written into the text of a message whose MIME structure is missing
    /// or broken; only blocks that name a recipient and an action or status count.
    /// </summary>
    public static DeliveryStatus? FindInText(BounceMessage message)
    {
        var text = message.AllText;
        if (text.IndexOf("Final-Recipient", StringComparison.OrdinalIgnoreCase) < 0)
            return null;
        var status = Parse(text);
        return status != null && status.PerRecipient.All(IsCompleteRecipientBlock) ? status : null;
    }

    private static bool IsCompleteRecipientBlock(FieldBlock block) =>
        block.Contains("Final-Recipient") && (block.Contains("Action") || block.Contains("Status"));

    public static DeliveryStatus? Parse(string text)
    {
        var perMessage = new FieldBlock();
        var perRecipient = new List<FieldBlock>();
        foreach (var block in FieldBlock.ParseBlocks(text).SelectMany(SplitAtRecipients))
        {
            if (IsRecipientBlock(block))
                perRecipient.Add(block);
            else if (perRecipient.Count == 0 && perMessage.Count == 0)
                perMessage = block;
        }
        return perRecipient.Count == 0 ? null : new DeliveryStatus(perMessage, perRecipient);
    }

    /// <summary>
    /// Some servers leave out the blank lines between the per-message fields and the recipients,
    /// or between recipients: a recipient field that cannot belong to the fields before it
    /// starts a new block.
    /// </summary>
    private static IEnumerable<FieldBlock> SplitAtRecipients(FieldBlock block)
    {
        var fields = block.Fields;
        var start = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            if (IsRecipientField(fields[i].Key) && StartsNewBlock(fields, start, i))
            {
                yield return Slice(fields, start, i);
                start = i;
            }
        }
        // A block written as it should be (nearly all) is kept as it is.
        if (start == 0)
            yield return block;
        else if (start < fields.Count)
            yield return Slice(fields, start, fields.Count);
    }

    private static FieldBlock Slice(IReadOnlyList<KeyValuePair<string, string>> fields, int start, int end)
    {
        var slice = new FieldBlock();
        for (var i = start; i < end; i++)
            slice.Add(fields[i].Key, fields[i].Value);
        return slice;
    }

    /// <summary>
    /// A recipient field opens a new block after per-message fields or when its block already has
    /// one of its kind; the other fields of a recipient may come before or after its name
    /// (Status, Diagnostic-Code, then Final-Recipient; or Action, Final-Recipient, Original-Recipient).
    /// </summary>
    private static bool StartsNewBlock(IReadOnlyList<KeyValuePair<string, string>> fields, int start, int at)
    {
        for (var i = start; i < at; i++)
            if (fields[i].Key.Equals(fields[at].Key, StringComparison.OrdinalIgnoreCase) || PerMessageFields.Contains(fields[i].Key))
                return true;
        return false;
    }

    private static readonly HashSet<string> PerMessageFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reporting-MTA", "Received-From-MTA", "Arrival-Date", "Original-Envelope-Id", "DSN-Gateway",
    };

    private static bool IsRecipientField(string name) =>
        name.Equals("Final-Recipient", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("Original-Recipient", StringComparison.OrdinalIgnoreCase);

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
