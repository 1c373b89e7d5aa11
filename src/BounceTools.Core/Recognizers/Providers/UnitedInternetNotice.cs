using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// The notice layout shared by GMX and 1&amp;1 (both United Internet): "The following address(es)
/// failed:" (in a delay warning "The message has not yet been delivered to the following addresses:"),
/// each address on its own line ending in a colon (sometimes quoted or in angle brackets), the remote
/// reply ("SMTP error from remote server after RCPT command:", "host: ...", the reply), then
/// "--- The header of the original message is following. ---". "for TEXT command" is their
/// name for the message content, the DATA phase.
/// </summary>
internal static class UnitedInternetNotice
{
    private static readonly Regex HeaderMarker = TextPatterns.Create(@"^-{2,}\s*The header of the original message is following");
    private static readonly Regex Host = TextPatterns.Create(@"\bhost:?\s+(?<host>[\w.\-]+\.[a-z]{2,})");
    private const string NotYetDelivered = "has not yet been delivered";
    private static readonly Regex TextCommand = TextPatterns.Create(@"\bfor TEXT command\b");

    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"(?:The following address(?:\(es\)|es)?(?:\s+failed:)?|" + NotYetDelivered + @" to the following address(?:\(es\)|es)?:)\s*$"),
        recipient: TextPatterns.Create(@"^\s*""?<?(?<address>" + TextPatterns.Address + @")>?""?:?\s*$"),
        end: HeaderMarker);

    public static bool Read(BounceMessage message, BounceDraft draft)
    {
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        var delayed = message.BodyText.IndexOf(NotYetDelivered, System.StringComparison.OrdinalIgnoreCase) >= 0;
        if (!NoticeScanner.Read(message, draft, entries, delayed ? "delayed" : "failed"))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            var host = Host.SafeMatch(recipient.DiagnosticCode);
            if (host.Success)
                recipient.RemoteMta = host.Groups["host"].Value.ToLowerInvariant();
            if (TextCommand.SafeIsMatch(recipient.DiagnosticCode))
                recipient.SmtpCommand = "DATA";
        }
        draft.Original = OriginalMessage.FromText(TextSections.After(message.BodyText, HeaderMarker));
        return true;
    }
}
