using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// EZweb (au by KDDI) "Mail System Error - Returned Mail" notices. The recipients appear as
/// "&lt;address&gt;" or "Recipient: &lt;address&gt;" lines. When the remote server's reply is quoted
/// ("&lt;&lt;&lt; 550 ..."), that reply is the diagnostic; otherwise the English sentences around the
/// addresses say why ("The user(s) account is disabled.", "Your message was not delivered within
/// N days", "Each of the following recipients was rejected by a remote mail server."), so the
/// whole notice is. Some notices also carry a delivery-status part.
/// </summary>
internal sealed class EzwebRecognizer : IFormatRecognizer
{
    // The returned message follows a line of dashes, or is attached as its own part.
    private static readonly Regex OriginalMarker = TextPatterns.Create(@"^-{20,}\s*$");

    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*(?:Recipient:\s*)?<(?<address>" + TextPatterns.Address + @")>:?(?<text>.*)$"),
        end: OriginalMarker);

    private static readonly Regex RemoteReply = TextPatterns.Create(@"<<<\s*(?<reply>.*)$");

    public string Format => "EZweb";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // EZweb addresses moved to au.com in 2016; the notices did not change.
        if (!NoticeHeaders.FromDomain(message, "ezweb.ne.jp") && !NoticeHeaders.FromDomain(message, "au.com"))
            return false;
        var notice = TextSections.Before(message.BodyText, OriginalMarker);
        if (!NoticeReader.Read(message, draft, NoticeScanner.Scan(notice, Layout)))
            return false;
        var wholeNotice = TextPatterns.Squeeze(notice);
        foreach (var recipient in draft.Recipients)
        {
            var reply = RemoteReply.SafeMatch(recipient.DiagnosticCode);
            recipient.DiagnosticCode = reply.Success ? reply.Groups["reply"].Value.Trim() : wholeNotice;
        }
        return true;
    }
}
