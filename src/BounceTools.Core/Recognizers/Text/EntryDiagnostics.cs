using System.Collections.Generic;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Whether every recipient a notice lists carries a server's diagnostic: an SMTP reply or an enhanced
/// status code ("550 5.1.1 ...", "Sorry, no mailbox here by that name. (#5.1.1)"). A notice whose
/// returned copy is gone (forwarded inline, or never attached) still differs so from a person's or a
/// postmaster's list of addresses, which names no failure per address.
/// </summary>
internal static class EntryDiagnostics
{
    public static bool EachQuotesCode(IReadOnlyCollection<AddressEntry> entries)
    {
        if (entries.Count == 0)
            return false;
        foreach (var entry in entries)
            if (!QuotesCode(entry.Text))
                return false;
        return true;
    }

    /// <summary>
    /// Gives each entry without a server's diagnostic the notice's "Reason:" when only facts of the message stand below
    /// the address, or else the text of an "address: reply" line, where a notice lists
    /// its recipients first and the details below ("Technical details of permanent failure:" / "a@example.org: 550 ...").
    /// </summary>
    public static void TakeDetailLines(IReadOnlyCollection<AddressEntry> entries, BodyLines lines)
    {
        string? reason = null;
        foreach (var entry in entries)
        {
            if (QuotesCode(entry.Text))
                continue;
            // Below the address only facts of the message ("Subject: ...", "Sent: ..."): the notice's "Reason:" says why.
            if (entry.Lines.TrueForAll(LabelledRecipient.IsLabelled) && (reason ??= LabelledRecipient.FirstCause(lines)).Length > 0)
            {
                entry.Lines.Clear();
                entry.Lines.Add(reason);
            }
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i].Trim();
                if (line.Length <= entry.Address.Length + 1 || !line.StartsWith(entry.Address, System.StringComparison.OrdinalIgnoreCase) ||
                    line[entry.Address.Length] != ':' || !EntryMerge.SaysAnything(line.Substring(entry.Address.Length + 1)))
                    continue;
                entry.Lines.Clear();
                entry.Lines.Add(line.Substring(entry.Address.Length + 1).Trim());
                break;
            }
        }
    }

    /// <summary>Whether the text quotes an SMTP reply code or an enhanced status code.</summary>
    public static bool QuotesCode(string text) => StatusCodes.Extract(text) is var codes && (codes.ReplyCode != null || codes.Status.Length > 0);
}
