using System;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>Whether a message comes from a mail system: its own mailbox (MAILER-DAEMON, postmaster, bounce handlers) or a "Mail Delivery ..." display name.</summary>
internal static class NoticeSender
{
    // "Mail Delivery System", "Mail Delivery Subsystem", "Internet Mail Delivery"; a "Mail Delivery Team" or "... Desk" is people answering mail.
    private static readonly Regex MailSystemName = TextPatterns.Create(@"\bmail delivery(?:\s*$|\s+(?:sub)?system|\s+service|\s+agent|\s+daemon)");

    public static bool IsMailSystem(BounceMessage message)
    {
        var from = message.FromAddress;
        var at = from.IndexOf('@');
        var local = at < 0 ? from : from.Substring(0, at);
        return local == "mailer-daemon" || local == "postmaster" || local == "mail-daemon" || IsBounceHandler(message, local) ||
               NoticeHeaders.FromNameMatches(message, MailSystemName);
    }

    // A bounce handler's mailbox ("bounces@", "bounce-notify@"); a newsletter that puts its return address in From
    // carries List-Unsubscribe, which no notice of its own does.
    private static bool IsBounceHandler(BounceMessage message, string local) =>
        local.StartsWith("bounce", StringComparison.Ordinal) && message.Header("List-Unsubscribe") == null;
}
