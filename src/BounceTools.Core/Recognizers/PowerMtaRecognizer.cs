using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// PowerMTA: an RFC 3464 report with X-PowerMTA-* fields, whose Status field carries PowerMTA's
/// own explanation in parentheses ("Status: 5.2.1 (mailbox disabled, not accepting messages)").
/// </summary>
internal sealed class PowerMtaRecognizer : IFormatRecognizer
{
    public string Format => "PowerMTA";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
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

    private static string Parenthesised(string? value)
    {
        if (value == null)
            return string.Empty;
        var open = value.IndexOf('(');
        var close = value.LastIndexOf(')');
        return open >= 0 && close > open ? value.Substring(open + 1, close - open - 1).Trim() : string.Empty;
    }
}
