using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// PowerMTA: an RFC 3464 report with X-PowerMTA-* fields, whose Status field carries PowerMTA's
/// own explanation in parentheses ("Status: 5.2.1 (mailbox disabled, not accepting messages)").
/// Its text ("Hello, this is the mail server on host. I am sending you this message to inform you
/// on the delivery status of a message you previously sent.") lists the recipients above that
/// report, which is how a notice forwarded inline is read.
/// </summary>
internal sealed class PowerMtaRecognizer : IFormatRecognizer
{
    private const string Signature = "I am sending you this message to inform you on the delivery status";

    // "  <a@example.org>  delivery failed; will not continue trying": PowerMTA's line per recipient in its text.
    private static readonly Regex FailedLine = TextPatterns.Create(@"^\s*<(?<address>" + TextPatterns.Address + @")>\s+(?<text>delivery failed\b.*?)\s*$");

    public string Format => "PowerMTA";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.FindPart("message/delivery-status") == null)
            return ReadText(message, draft);
        if (!ReportPartText.Contains(message, "X-PowerMTA-"))
            return false;
        var status = DeliveryStatus.Find(message);
        if (status == null)
            return false;

        DeliveryStatusReader.Fill(status, draft);
        foreach (var block in status.PerRecipient)
        {
            var recipient = EntryMerge.Find(draft, AddressField.Parse(block["Final-Recipient"] ?? block["Original-Recipient"]));
            var explanation = Parenthesised(block["Status"]);
            if (recipient != null && explanation.Length > 0)
                recipient.DiagnosticCode = (recipient.DiagnosticCode + " (" + explanation + ")").Trim();
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }

    // Without the report part (forwarded inline), PowerMTA's text from the mail system still lists each failed recipient.
    private static bool ReadText(BounceMessage message, BounceDraft draft)
    {
        if (!NoticeSender.IsMailSystem(message) || message.BodyText.IndexOf(Signature, StringComparison.Ordinal) < 0)
            return false;
        var entries = new List<AddressEntry>();
        var lines = BodyLines.OfNotice(message);
        for (var i = 0; i < lines.Count; i++)
            if (FailedLine.SafeMatch(lines[i]) is { Success: true } failed)
                entries.Add(new AddressEntry(failed.Groups["address"].Value) { Lines = { failed.Groups["text"].Value } });
        return entries.Count > 0 && NoticeReader.Read(message, draft, entries);
    }

    private static string Parenthesised(string? value)
    {
        if (value == null)
            return string.Empty;
        var open = value.IndexOf('(');
        var close = value.LastIndexOf(')');
        return open >= 0 && close > open ? value.Substring(open + 1, close - open - 1).Trim() : string.Empty;
    }
}
