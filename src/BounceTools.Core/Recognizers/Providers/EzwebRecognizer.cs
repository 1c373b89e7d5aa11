using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// EZweb (au by KDDI) "Mail System Error - Returned Mail" notices. The recipients appear as
/// "&lt;address&gt;" or "Recipient: &lt;address&gt;" lines; the English sentences around them say why
/// ("The user(s) account is disabled.", "Your message was not delivered within N days",
/// "Each of the following recipients was rejected by a remote mail server."), so the whole notice
/// is each recipient's diagnostic. Some notices also carry a delivery-status part.
/// </summary>
internal sealed class EzwebRecognizer : IFormatRecognizer
{
    // The returned message follows a line of dashes, or is attached as its own part.
    private static readonly Regex OriginalMarker = TextPatterns.Create(@"^-{20,}\s*$");

    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*(?:Recipient:\s*)?<(?<address>" + TextPatterns.Address + @")>:?(?<text>.*)$"),
        end: OriginalMarker);

    public string Format => "EZweb";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!NoticeHeaders.FromDomain(message, "ezweb.ne.jp"))
            return false;
        var notice = TextSections.Before(message.BodyText, OriginalMarker);
        var diagnostic = TextPatterns.Squeeze(notice);
        var status = DeliveryStatus.Find(message);
        if (status != null)
        {
            DeliveryStatusReader.Fill(status, draft);
            foreach (var recipient in draft.Recipients)
                if (recipient.DiagnosticCode.Length == 0)
                    recipient.DiagnosticCode = diagnostic;
        }
        else
        {
            var entries = NoticeScanner.Scan(notice, Layout);
            foreach (var entry in entries)
                NoticeScanner.SetText(entry, diagnostic);
            EntryMerge.Merge(draft, entries, "failed");
        }
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }
}
