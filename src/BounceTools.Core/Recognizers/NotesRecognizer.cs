using System;
using System.Collections.Generic;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Lotus Notes SMTP MTA (pre-Domino releases): "------- Failure Reasons --------" with the reason and
/// the recipient addresses, then "------- Returned Message --------" and the original. A reason may
/// name its own recipient ("User jdoe (jdoe@example.com) not listed in ..."). When the reasons name
/// no address, the one recipient the returned message was addressed to is meant.
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
        // Later releases name the recipient in its own reason: "User jdoe (jdoe@example.com) not listed in ...".
        var ownReasons = new List<(string Address, string Reason)>();
        for (var i = start; i < (end < 0 ? lines.Count : end); i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            if (AddressText.TryReadLeading(line, out var address, out _))
                addresses.Add(address);
            else if (AddressText.Find(line) is { Length: > 0 } named)
                ownReasons.Add((named, line));
            else
                reasons.Add(line);
        }
        var original = end >= 0 ? OriginalMessage.FromText(lines.Join(end + 1)) : OriginalMessage.None;
        if (addresses.Count == 0 && ownReasons.Count == 0 && original.To.IndexOf(',') < 0 && AddressField.Parse(original.To) is { Length: > 0 } addressee)
            addresses.Add(addressee);
        // A reason quoting the remote reply names the address that the line below it lists again.
        foreach (var address in addresses)
            if (!ownReasons.Exists(own => string.Equals(own.Address, address, StringComparison.OrdinalIgnoreCase)))
                AddFailed(draft, address, string.Join(" ", reasons));
        foreach (var (address, reason) in ownReasons)
            AddFailed(draft, address, reason);
        if (end >= 0)
            draft.Original = original;
        return draft.Recipients.Count > 0;
    }

    private static void AddFailed(BounceDraft draft, string address, string reason)
    {
        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        recipient.DiagnosticCode = reason;
    }
}
