using System.Collections.Generic;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Some servers name a failed recipient by its local part alone: sendmail after a local alias
/// ("550 5.1.1 jdoe... User unknown"), old AOL (a list of screen names), phquery, qmail's local
/// deliveries. The full address is recovered only from what the message itself says: the returned
/// original's envelope and header fields (X-Original-To, Delivered-To, Envelope-To, Received "for",
/// To, Cc; the first whose local part matches), else the notice's text when it names that local part
/// with one domain only, else the mailbox provider itself when the notice comes from a provider that
/// names its own users by screen name (AOL's MAILER-DAEMON@aol.com lists "jdoe" for jdoe@aol.com).
/// Nothing is guessed from any other reporting host's name, which is often not the recipient's mail
/// domain (mx2.its.example.edu reports for example.edu). A recipient that stays a bare
/// local part is left out: a list's cleaning cannot act on "jdoe", and a record for it would pass for
/// an address; the caller says which names were left (Get-BounceStatus -Verbose).
/// </summary>
internal static class LocalRecipients
{
    /// <returns>The local parts that nothing completes, now removed from the draft.</returns>
    public static List<string> Complete(BounceMessage message, BounceDraft draft)
    {
        var unresolved = new List<string>();
        OriginalMessage? original = null;
        foreach (var recipient in draft.Recipients)
        {
            if (!IsLocalPart(recipient.Recipient))
                continue;
            original ??= draft.Original != OriginalMessage.None ? draft.Original : OriginalMessage.FromReport(message);
            var full = FromOriginal(original, recipient.Recipient);
            if (full.Length == 0)
                full = FromNotice(message, recipient.Recipient);
            if (full.Length == 0)
                full = AtScreenNameProvider(message, recipient.Recipient);
            if (full.Length > 0)
                recipient.Recipient = full;
            else
                unresolved.Add(recipient.Recipient);
        }
        if (unresolved.Count > 0)
            draft.Recipients.RemoveAll(recipient => IsLocalPart(recipient.Recipient));
        return unresolved;
    }

    // Some reports name no recipient at all (a complaint about an unknown address); they are not this case.
    private static bool IsLocalPart(string recipient) => recipient.Length > 0 && recipient.IndexOf('@') < 0;

    private static string FromOriginal(OriginalMessage original, string localPart)
    {
        foreach (var field in original.Addressees())
            foreach (var address in AddressText.WithLocalPart(field, localPart))
                return address;
        return string.Empty;
    }

    // Mailbox providers whose own mail system lists their users by screen name alone.
    private static readonly string[] ScreenNameProviders = { "aol.com" };

    private static string AtScreenNameProvider(BounceMessage message, string localPart)
    {
        if (!NoticeSender.IsDaemonMailbox(message))
            return string.Empty;
        foreach (var domain in ScreenNameProviders)
            if (Providers.NoticeHeaders.FromDomain(message, domain))
                return localPart.ToLowerInvariant() + "@" + domain;
        return string.Empty;
    }

    // Two domains for one local part ("try jdoe@cs.example.edu instead of jdoe@example.edu") leave the choice open.
    private static string FromNotice(BounceMessage message, string localPart)
    {
        var named = AddressText.WithLocalPart(NoticeText.Of(message), localPart);
        return named.Count == 1 ? named[0] : string.Empty;
    }
}
