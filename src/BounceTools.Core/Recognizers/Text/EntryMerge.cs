using System;
using System.Collections.Generic;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Turns the recipients' paragraphs of a plain-text notice into draft recipients. When the draft
/// already holds a recipient from a delivery-status part, the text only fills what that part left
/// out: the diagnostic, the SMTP command and the remote host.
/// </summary>
internal static class EntryMerge
{
    public static void Merge(BounceDraft draft, IEnumerable<AddressEntry> entries, string action = "")
    {
        // A delivery-status part, when there is one, is the authority on who failed.
        var textNamesRecipients = draft.Recipients.Count == 0;
        foreach (var entry in entries)
        {
            var recipient = Find(draft, entry.Address);
            if (recipient == null)
            {
                if (!textNamesRecipients)
                    continue;
                recipient = draft.AddRecipient(entry.Address);
                recipient.Action = action;
            }
            Fill(recipient, entry.Text);
            if (recipient.OriginalRecipient.Length == 0)
                recipient.OriginalRecipient = entry.ExpandedFrom;
        }
    }

    /// <summary>Sets the diagnostic (when missing) and what the text tells of the command and host.</summary>
    public static void Fill(RecipientDraft recipient, string text)
    {
        if (!SaysAnything(text))
            return;
        if (recipient.DiagnosticCode.Length == 0)
            recipient.DiagnosticCode = text;
        if (recipient.SmtpCommand.Length == 0)
            recipient.SmtpCommand = SmtpText.FindCommand(text);
        if (recipient.RemoteMta.Length == 0)
            recipient.RemoteMta = SmtpText.FindHost(text);
    }

    // A notice's decoration ("*****", "-----") below an address says nothing about it.
    private static bool SaysAnything(string text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c))
                return true;
        return false;
    }

    public static RecipientDraft? Find(BounceDraft draft, string address)
    {
        foreach (var recipient in draft.Recipients)
            if (string.Equals(recipient.Recipient, address, StringComparison.OrdinalIgnoreCase))
                return recipient;
        return null;
    }
}
