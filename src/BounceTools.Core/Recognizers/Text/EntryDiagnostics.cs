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

    private static bool QuotesCode(string text) => StatusCodes.Extract(text) is var codes && (codes.ReplyCode != null || codes.Status.Length > 0);
}
