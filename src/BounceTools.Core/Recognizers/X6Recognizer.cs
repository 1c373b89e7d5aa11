using System;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Anonymised family X6: "We had trouble delivering your message. Full details follow:" then
/// "The following recipients returned permanent errors: a@example.org, b@example.org. Reason: ...".
/// </summary>
internal sealed class X6Recognizer : IFormatRecognizer
{
    private const string Banner = "We had trouble delivering your message";

    private static readonly Regex Failure = new CoreRegex(
        @"The following recipients returned (?<kind>permanent|temporary) errors:\s*(?<addresses>.{1,2000}?)\.\s+Reason:\s*(?<reason>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public string Format => "X6";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(Banner, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        for (var i = 0; i < lines.Count; i++)
        {
            Match match;
            try
            {
                match = Failure.Tiered().Match(lines[i]);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }
            if (!match.Success)
                continue;
            var reason = match.Groups["reason"].Value.Trim();
            foreach (var item in match.Groups["addresses"].Value.Split(','))
            {
                var address = AddressText.Find(item);
                if (address.Length == 0)
                    continue;
                var recipient = draft.AddRecipient(address);
                recipient.Action = match.Groups["kind"].Value.Equals("permanent", StringComparison.OrdinalIgnoreCase) ? "failed" : "delayed";
                recipient.DiagnosticCode = reason;
                recipient.SmtpCommand = CommandInParentheses(reason);
            }
        }
        return draft.Recipients.Count > 0;
    }

    // "refused to accept your message (DATA), with the following error message: ..."
    private static string CommandInParentheses(string reason)
    {
        foreach (var command in new[] { "(DATA)", "(RCPT TO)", "(MAIL FROM)", "(HELO)", "(EHLO)" })
            if (reason.IndexOf(command, StringComparison.OrdinalIgnoreCase) >= 0)
                return command.Trim('(', ')').Split(' ')[0].ToUpperInvariant();
        return string.Empty;
    }
}
