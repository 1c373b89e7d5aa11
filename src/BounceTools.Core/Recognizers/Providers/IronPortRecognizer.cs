using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Cisco Secure Email (IronPort) notices: "The following message to &lt;address&gt; was undeliverable.",
/// "The reason for the problem:", then the gateway's status and summary with the remote reply
/// quoted after its code: "5.1.0 - Unknown address error 550-'5.1.1 &lt;...&gt;: User unknown'".
/// The quoted reply, when there is one, is the diagnostic: its status is the receiver's own. A reply
/// that gives no status of its own ("550-'... User unknown'") keeps the gateway's.
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
        var gatewayStatuses = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var reason = entry.Lines.FindIndex(line => Reason.SafeIsMatch(line));
            if (reason < 0 || reason + 1 >= entry.Lines.Count)
                return false;
            var summary = entry.Lines[reason + 1];
            var reply = QuotedReply.SafeMatch(summary);
            NoticeScanner.SetText(entry, reply.Success ? reply.Groups["code"].Value + " " + reply.Groups["text"].Value : summary);
            if (StatusCodes.Extract(summary).Status is { Length: > 0 } status)
                gatewayStatuses[entry.Address] = status;
        }
        if (!NoticeScanner.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
            if (recipient.Status.Length == 0 && StatusCodes.Extract(recipient.DiagnosticCode).Status.Length == 0 &&
                gatewayStatuses.TryGetValue(recipient.Recipient, out var gateway))
                recipient.Status = gateway;
        return true;
    }
}
