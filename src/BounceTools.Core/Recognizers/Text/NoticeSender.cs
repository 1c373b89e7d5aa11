using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>Whether a message comes from a mail system rather than from a person.</summary>
internal static class NoticeSender
{
    /// <summary>The sender is the mail system's own mailbox: MAILER-DAEMON or postmaster.</summary>
    public static bool IsDaemonMailbox(BounceMessage message) =>
        LocalPart(message) is "mailer-daemon" or "mail-daemon" or "postmaster" or "post_master";

    /// <summary>
    /// Also a bounce handler's address (bounce...@) or a "Mail Delivery ..." display name: enough
    /// for a notice that must show a failure in its text as well.
    /// </summary>
    public static bool IsMailSystem(BounceMessage message) =>
        IsDaemonMailbox(message) || LocalPart(message).StartsWith("bounce", StringComparison.Ordinal) ||
        NoticeHeaders.FromNameContains(message, "Mail Delivery");

    private static string LocalPart(BounceMessage message)
    {
        var from = message.FromAddress;
        var at = from.IndexOf('@');
        return (at < 0 ? from : from.Substring(0, at)).ToLowerInvariant();
    }
}
