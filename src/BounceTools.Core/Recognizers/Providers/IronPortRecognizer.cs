using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Cisco Secure Email (IronPort) notices: "The following message to &lt;address&gt; was undeliverable.",
/// "The reason for the problem:", then the gateway's status and summary with the remote reply
/// quoted after its code: "5.1.0 - Unknown address error 550-'5.1.1 &lt;...&gt;: User unknown'".
/// The quoted reply, when there is one, is the diagnostic: its status is the receiver's own.
/// </summary>
internal sealed class IronPortRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*The following message to <(?<address>" + TextPatterns.Address + @")> was undeliverable\.?\s*$"),
        end: null);

    private static readonly Regex Reason = TextPatterns.Create(@"^\s*The reason for the problem:?\s*$");
    private static readonly Regex QuotedReply = TextPatterns.Create(@"\b(?<code>[245]\d\d)-'(?<text>.*)'\s*$");

    public string Format => "IronPort";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        foreach (var entry in entries)
        {
            var reason = entry.Lines.FindIndex(line => Reason.SafeIsMatch(line));
            if (reason < 0 || reason + 1 >= entry.Lines.Count)
                return false;
            var summary = entry.Lines[reason + 1];
            var reply = QuotedReply.SafeMatch(summary);
            NoticeScanner.SetText(entry, reply.Success ? reply.Groups["code"].Value + " " + reply.Groups["text"].Value : summary);
        }
        return NoticeScanner.Read(message, draft, entries);
    }
}
