using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Lotus Notes SMTP MTA (pre-Domino releases): "------- Failure Reasons --------" with the reason and
/// the recipient addresses, then "------- Returned Message --------" and the original. When the
/// reasons name no address, the one recipient the returned message was addressed to is meant.
/// </summary>
internal sealed class NotesRecognizer : IFormatRecognizer
{
    private const string ReasonsMarker = "------- Failure Reasons";
    private const string ReturnedMarker = "------- Returned Message";

    public string Format => "Notes";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(ReasonsMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        var start = lines.IndexOf(ReasonsMarker) + 1;
        var end = lines.IndexOf(ReturnedMarker, start);
        var reasons = new List<string>();
        var addresses = new List<string>();
        for (var i = start; i < (end < 0 ? lines.Count : end); i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            if (AddressText.TryReadLeading(line, out var address, out _))
                addresses.Add(address);
            else
                reasons.Add(line);
        }
        var original = end >= 0 ? OriginalMessage.FromText(lines.Join(end + 1)) : OriginalMessage.None;
        if (addresses.Count == 0 && original.To.IndexOf(',') < 0 && AddressField.Parse(original.To) is { Length: > 0 } addressee)
            addresses.Add(addressee);
        foreach (var address in addresses)
        {
            var recipient = draft.AddRecipient(address);
            recipient.Action = "failed";
            recipient.DiagnosticCode = string.Join(" ", reasons);
        }
        if (end >= 0)
            draft.Original = original;
        return draft.Recipients.Count > 0;
    }
}
