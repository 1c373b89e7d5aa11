using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// MailEnable: "MailEnable: Message could not be delivered to some recipients.", then under "The
/// following recipient(s) could not be reached:" a "Recipient: [SMTP:address]" line and a
/// "Reason: ..." line per recipient, which quotes the remote reply after "Remote SMTP Server
/// Returned:" or says in MailEnable's words what failed; "Message headers follow:" ends the list.
/// Its delay warning ("MailEnable: Message delivery has been delayed.") lists recipients alike.
/// </summary>
internal sealed class MailEnableRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"^\s*MailEnable: Message (?:could not be delivered|delivery has been delayed)"),
        recipient: TextPatterns.Create(@"^\s*Recipient:\s*\[SMTP:(?<address>" + TextPatterns.Address + @")\]\s*$"),
        end: TextPatterns.Create(@"^\s*Message headers follow:"));

    private static readonly Regex Delayed = TextPatterns.Create(@"^\s*MailEnable: Message delivery has been delayed");

    private static readonly Regex Reason = TextPatterns.Create(@"^Reason:\s*(?:Remote SMTP Server Returned:\s*)?(?<text>.*)$");

    public string Format => "MailEnable";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        NoticeScanner.NarrowText(entries, Reason);
        return NoticeScanner.Read(message, draft, entries, Delayed.SafeIsMatch(message.BodyText) ? "delayed" : "failed");
    }
}
