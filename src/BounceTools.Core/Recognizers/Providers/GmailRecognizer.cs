using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Gmail's notices. The older ones are plain text: "Delivery to the following recipient failed
/// permanently:" (or "has been delayed:"), the addresses indented on their own lines, then
/// "Technical details of permanent failure:" with Google's explanation and the remote reply.
/// The current ones open with a heading such as "** Address not found **" and an explanation
/// ("Your message wasn't delivered to a@example.org because ..."), then "The response was:" and
/// the remote reply; they usually carry a delivery-status report, for which the explanation and
/// the quoted reply stand in when it has no Diagnostic-Code.
/// </summary>
internal sealed class GmailRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"^\s*Delivery to the following recipients? (?:failed|has been delayed|have been delayed|was unsuccessful)"),
        recipient: TextPatterns.Create(@"^\s+(?<address>" + TextPatterns.Address + @")\s*$"),
        end: TextPatterns.Create(@"^\s*(?:Technical details of|Message will be retried|-{3,}\s*Original message)"));

    private static readonly Regex Details = TextPatterns.Create(@"^\s*Technical details of (?:permanent|temporary) failure:");
    private static readonly Regex ServerReply = TextPatterns.Create(@"The error that the other server returned was:\s*");
    private static readonly Regex Delayed = TextPatterns.Create(@"^\s*Delivery to the following recipients? (?:has|have) been delayed");
    private static readonly Regex ResponseFollows = TextPatterns.Create(@"^\s*(?:The response (?:was|from the remote server was):|Learn more)");
    private static readonly Regex Response = TextPatterns.Create(@"^\s*The response (?:was|from the remote server was):\s*$");
    private static readonly Regex Explained = TextPatterns.Create(
        // A forward's text rendering marks the bold address: "delivered to *a@example.org*".
        @"(?:wasn't delivered to|couldn't be delivered to|delivering your message to|Your message to)\s+\*?(?<address>" + TextPatterns.Address + @")");
    private static readonly Regex ParagraphEnd = TextPatterns.Create(@"\r?\n\s*\r?\n");
    private static readonly Regex Temporary = TextPatterns.Create(@"\btemporary problem delivering\b");
    // Google ends a quoted reply with the step of its session that failed: "... (state 14)."
    private static readonly Regex SessionState = TextPatterns.Create(@"\(state (?<state>\d+)\)");

    public string Format => "Gmail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!GoogleMailDaemon.IsSender(message))
            return false;
        var body = message.BodyText;
        var notice = TextSections.Before(body, GoogleMailDaemon.OriginalMarker);
        if (message.FindPart("message/delivery-status") != null)
            return ReadReport(message, draft, notice);
        draft.Original = OriginalMessage.FromText(TextSections.After(body, GoogleMailDaemon.OriginalMarker));
        var entries = NoticeScanner.Scan(notice, Layout);
        if (entries.Count > 0)
        {
            var diagnostic = TechnicalDetails(notice);
            foreach (var entry in entries)
                NoticeScanner.SetText(entry, diagnostic);
            if (!NoticeScanner.Read(message, draft, entries, Delayed.SafeIsMatch(notice) ? "delayed" : "failed"))
                return false;
            var command = CommandOfState(diagnostic);
            foreach (var recipient in draft.Recipients)
                if (recipient.SmtpCommand.Length == 0)
                    recipient.SmtpCommand = command;
            return true;
        }
        return ReadHeadlineNotice(message, draft, notice);
    }

    /// <summary>A current notice without a report: the address is named in the explanation.</summary>
    private static bool ReadHeadlineNotice(BounceMessage message, BounceDraft draft, string notice)
    {
        var named = Explained.SafeMatch(notice);
        if (!named.Success)
            return false;
        var response = TextSections.After(notice, Response);
        var entry = new Text.AddressEntry(AddressField.Normalize(named.Groups["address"].Value));
        NoticeScanner.SetText(entry, TextPatterns.Squeeze(response.Length > 0 ? response : TextSections.Before(notice, ResponseFollows)));
        return NoticeScanner.Read(message, draft, new() { entry }, Temporary.SafeIsMatch(notice) ? "delayed" : "failed");
    }

    /// <summary>A report whose records lack a diagnostic take the notice's explanation, which ends where the returned message begins.</summary>
    private static bool ReadReport(BounceMessage message, BounceDraft draft, string notice)
    {
        if (!StandardReport.Read(message, draft))
            return false;
        var explanation = TextPatterns.Squeeze(TextSections.Before(notice, ResponseFollows) + " " + QuotedResponse(notice));
        foreach (var recipient in draft.Recipients)
            if (recipient.DiagnosticCode.Length == 0)
                recipient.DiagnosticCode = explanation;
        return true;
    }

    /// <summary>The remote server's reply quoted under "The response was:", up to the blank line that ends it.</summary>
    private static string QuotedResponse(string body)
    {
        var after = TextSections.After(body, Response).TrimStart('\r', '\n');
        var end = ParagraphEnd.SafeMatch(after);
        return end.Success ? after.Substring(0, end.Index) : after;
    }

    /// <summary>The SMTP command a session state of Google's notices stands for, or empty.</summary>
    private static string CommandOfState(string diagnostic)
    {
        var state = SessionState.SafeMatch(diagnostic);
        switch (state.Success ? state.Groups["state"].Value : string.Empty)
        {
            case "6":
                return "MAIL";
            case "8":
            case "9":
            case "12":
                return "AUTH";
            case "13":
                return "EHLO";
            case "14":
                return "RCPT";
            case "15":
            case "17":
            case "18":
                return "DATA";
            default:
                return string.Empty;
        }
    }

    /// <summary>The remote server's reply when Google quotes one, else Google's own explanation.</summary>
    private static string TechnicalDetails(string notice)
    {
        var details = TextSections.After(notice, Details);
        var reply = ServerReply.SafeMatch(details);
        var text = reply.Success ? details.Substring(reply.Index + reply.Length) : details;
        return TextPatterns.Squeeze(text);
    }
}
