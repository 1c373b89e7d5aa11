using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// MXLogic (McAfee SaaS) notices, worded like Exim's: "The following address failed:", then
/// "&lt;address&gt;: reply" lines, then "Included is a copy of the message header:".
/// </summary>
internal sealed class MxLogicRecognizer : IFormatRecognizer
{
    private static readonly Regex CopyMarker = TextPatterns.Create(@"^\s*Included is a copy of the message header");

    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"The following address(?:\(es\)|es)? failed:"),
        recipient: TextPatterns.Create(@"^\s*<(?<address>" + TextPatterns.Address + @")>:?\s*(?<text>.*)$"),
        end: CopyMarker);

    public string Format => "MXLogic";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // Notices sent from a customer's own domain still carry MXLogic's X-MX-Bounce or X-MXL-NoteHash.
        if (!NoticeHeaders.FromDomain(message, "mxlogic.net") && message.Header("X-MX-Bounce") == null && message.Header("X-MXL-NoteHash") == null)
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        draft.Original = OriginalMessage.FromText(TextSections.After(message.BodyText, CopyMarker));
        return NoticeScanner.Read(message, draft, entries);
    }
}
