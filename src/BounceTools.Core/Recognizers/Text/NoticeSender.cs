using System;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>Whether a message comes from a mail system rather than from a person.</summary>
internal static class NoticeSender
{
    // "Mail Delivery System", "Mail Delivery Subsystem", "Internet Mail Delivery"; a "Mail Delivery Team" or "... Desk" is people answering mail.
    // Exchange Online signs its notices "Microsoft Outlook"; others put the daemon's name before an empty or odd address
    // ("MAILER-DAEMON <>", "Postmaster <>", "MMSC NDR Administrator").
    private static readonly Regex MailSystemName = TextPatterns.Create(
        @"\bmail delivery(?:\s*$|\s+(?:sub)?system|\s+service|\s+agent|\s+daemon)|^\s*microsoft outlook\s*$|\bmailer[- ]?daemon\b|^\s*post_?master\s*$|\bndr\b");

    private static readonly string[] DaemonMailboxes = { "mailer-daemon", "mail-daemon", "postmaster", "post_master", "mdaemon" };

    /// <summary>The sender is the mail system's own mailbox: MAILER-DAEMON or postmaster (MDaemon's: MDaemon).</summary>
    public static bool IsDaemonMailbox(BounceMessage message)
    {
        var local = LocalPart(message);
        foreach (var mailbox in DaemonMailboxes)
            if (local.Equals(mailbox.AsSpan(), StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>A From of "&lt;&gt;", the null address: only notices are sent from it (gateways such as SurfControl and m-FILTER put it in From too).</summary>
    public static bool IsNullSender(BounceMessage message) => message.RawFrom.Trim() == "<>";

    /// <summary>Delivered with the null envelope sender, which RFC 5321 (4.5.5) reserves for notices about other mail.</summary>
    public static bool HasNullReturnPath(BounceMessage message) => message.Header("Return-Path")?.Trim() == "<>";

    /// <summary>
    /// Also a bounce handler's address (bounce...@), Exchange's system mailbox
    /// (MicrosoftExchange&lt;hex&gt;@), the null address or a "Mail Delivery ..." display name: enough
    /// for a notice that must show a failure in its text as well.
    /// </summary>
    public static bool IsMailSystem(BounceMessage message) =>
        IsDaemonMailbox(message) || IsBounceHandler(message) || IsNullSender(message) ||
        LocalPart(message).StartsWith("microsoftexchange".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
        NoticeHeaders.FromNameMatches(message, MailSystemName);

    /// <summary>
    /// A list manager writing to the list's owners from its -owner or -bounces address, as Mailman does with
    /// the bounce that moved a member's score attached ("a@example.org's subscription disabled on Users"),
    /// or from the domain's noreply@ address, as Mailman 3 sends such notices.
    /// </summary>
    public static bool IsListManager(BounceMessage message)
    {
        var local = LocalPart(message);
        return local.EndsWith("-owner".AsSpan(), StringComparison.OrdinalIgnoreCase) || local.EndsWith("-bounces".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
            local.Equals("noreply".AsSpan(), StringComparison.OrdinalIgnoreCase) || IsListServer(local);
    }

    // The list servers' own site addresses: Mailman's, Sympa's and LISTSERV's notices to list owners come from them.
    private static bool IsListServer(ReadOnlySpan<char> local)
    {
        foreach (var name in ListServers)
            if (local.Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static readonly string[] ListServers = { "mailman", "sympa", "listserv" };

    private static ReadOnlySpan<char> LocalPart(BounceMessage message)
    {
        var from = message.FromAddress.AsSpan();
        var at = from.IndexOf('@');
        return at < 0 ? from : from.Slice(0, at);
    }

    // A bounce handler's mailbox ("bounces@", "bounce-notify@"); a newsletter that puts its return address in From
    // carries List-Unsubscribe, which no notice of its own does.
    private static bool IsBounceHandler(BounceMessage message) =>
        LocalPart(message).StartsWith("bounce".AsSpan(), StringComparison.OrdinalIgnoreCase) && message.Header("List-Unsubscribe") == null;
}
