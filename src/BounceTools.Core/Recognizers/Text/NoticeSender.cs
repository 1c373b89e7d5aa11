using System;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>Whether a message comes from a mail system's own mailbox (MAILER-DAEMON, postmaster, bounce handlers).</summary>
internal static class NoticeSender
{
    public static bool IsMailSystem(BounceMessage message)
    {
        var from = message.FromAddress;
        var at = from.IndexOf('@');
        var local = at < 0 ? from : from.Substring(0, at);
        return local == "mailer-daemon" || local == "postmaster" || local == "mail-daemon" || local.StartsWith("bounce", StringComparison.Ordinal);
    }
}
