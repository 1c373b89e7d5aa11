using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Yahoo's "Failure Notice": "Sorry, we were unable to deliver your message to the following
/// address.", then "&lt;address&gt;:" and the remote reply ("Remote host said: 550 ... [RCPT_TO]"
/// or "550: ..."), then "--- Below this line is a copy of the message.". When a message it had
/// accepted cannot be stored, Yahoo's daemon says so in qmail's words ("I'm afraid I wasn't able to
/// deliver the following message. This is a permanent error; ...") and names the recipient on the
/// "To:" line of the message's summary.
/// </summary>
internal sealed class YahooRecognizer : IFormatRecognizer
{
    private static readonly System.Text.RegularExpressions.Regex CopyMarker =
        TextPatterns.Create(@"^-+\s*Below this line is a copy of the message");

    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"^\s*Sorry, we were unable to deliver your message to the following address"),
        recipient: TextPatterns.Create(@"^\s*<(?<address>" + TextPatterns.Address + @")>:\s*$"),
        end: CopyMarker);

    private static readonly System.Text.RegularExpressions.Regex GivenUp =
        TextPatterns.Create(@"^\s*I'm afraid I wasn't able to deliver the following message");

    private static readonly NoticeLayout SummaryLayout = new(
        start: GivenUp,
        recipient: TextPatterns.Create(@"^\s*To:\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: CopyMarker);

    // "550: 5.1.1 ..." puts a colon after the reply code, which generic code extraction does not read.
    private static readonly System.Text.RegularExpressions.Regex LeadingReply =
        TextPatterns.Create(@"^(?:Remote host said:\s*)?(?<code>[245]\d\d):?\s");

    // Yahoo tags the reply with the command it answered: "[RCPT_TO]", "[MAIL_FROM]", or "[BODY]"
    // (also "[DATA]") for a refusal of the message itself.
    private static readonly System.Text.RegularExpressions.Regex CommandTag =
        TextPatterns.Create(@"\[(?:(?<verb>RCPT|MAIL)_(?:TO|FROM)|(?<content>BODY|DATA))\]");

    public string Format => "Yahoo";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // Yahoo's mail servers stamp X-YMailISG on what they send: on its daemon's notices, whatever
        // their subject, but on its users' mail as well.
        var isNotice = message.Subject.Trim().Equals("Failure Notice", System.StringComparison.OrdinalIgnoreCase) ||
                       (message.Header("X-YMailISG") != null && NoticeSender.IsDaemonMailbox(message));
        var fromYahoo = IsYahooHost(message.FromAddress) && NoticeSender.IsDaemonMailbox(message);
        if (!isNotice && !fromYahoo)
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        if (entries.Count == 0 && fromYahoo)
            entries = GivenUpEntries(message.BodyText);
        if (!NoticeScanner.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            var reply = LeadingReply.SafeMatch(recipient.DiagnosticCode);
            if (reply.Success)
                recipient.ReplyCode = int.Parse(reply.Groups["code"].Value);
            var command = CommandTag.SafeMatch(recipient.DiagnosticCode);
            if (command.Success)
                recipient.SmtpCommand = command.Groups["content"].Success ? "DATA" : command.Groups["verb"].Value.ToUpperInvariant();
        }
        draft.Original = OriginalMessage.FromText(TextSections.After(message.BodyText, CopyMarker));
        return true;
    }

    /// <summary>The recipient of a "wasn't able to deliver" notice, with the notice's sentences as the diagnostic.</summary>
    private static System.Collections.Generic.List<Text.AddressEntry> GivenUpEntries(string body)
    {
        var entries = NoticeScanner.Scan(body, SummaryLayout);
        var sentences = TextPatterns.Squeeze(TextSections.Before(TextSections.After(body, GivenUp), SummaryStart));
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, sentences);
        return entries;
    }

    private static readonly System.Text.RegularExpressions.Regex SummaryStart = TextPatterns.Create(@"^\s*(?:Subject|To):");

    private static bool IsYahooHost(string from)
    {
        var at = from.LastIndexOf('@');
        return at >= 0 && System.Array.IndexOf(from.Substring(at + 1).ToLowerInvariant().Split('.'), "yahoo") >= 0;
    }
}
