using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>Whether a message comes from a mail system: its own mailbox (MAILER-DAEMON, postmaster, bounce handlers) or a "Mail Delivery ..." display name.</summary>
internal static class NoticeSender
{
    public static bool IsMailSystem(BounceMessage message)
    {
        var from = message.FromAddress;
        var at = from.IndexOf('@');
        var local = at < 0 ? from : from.Substring(0, at);
        return local == "mailer-daemon" || local == "postmaster" || local == "mail-daemon" || local.StartsWith("bounce", StringComparison.Ordinal) ||
               NoticeHeaders.FromNameContains(message, "Mail Delivery");
    }
}
