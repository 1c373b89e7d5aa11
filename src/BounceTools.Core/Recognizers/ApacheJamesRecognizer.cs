using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Apache James, in the two layouts of its bounce mailets: "Message details:" listing
/// "  RCPT TO: user@example.org" among the envelope facts and "Error message below:" with the
/// server's answer, in either order; or, from remote delivery, "Failed recipient(s):" with one address a line,
/// then "Error message:" and the answer.
/// </summary>
internal sealed class ApacheJamesRecognizer : IFormatRecognizer
{
    private const string ErrorMarker = "Error message below:";
    private const string DetailsMarker = "Message details:";
    private const string FailedMarker = "Failed recipient(s):";
    private const string FailureMarker = "Error message:";
    private const string Banner = "This is the James mail server";

    public string Format => "ApacheJames";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(ErrorMarker, StringComparison.OrdinalIgnoreCase) < 0 || text.IndexOf(DetailsMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return text.IndexOf(Banner, StringComparison.OrdinalIgnoreCase) >= 0 && ReadFailedList(message, draft);

        var lines = BodyLines.OfNotice(message);
        var errorAt = lines.IndexOf(ErrorMarker);
        var detailsAt = lines.IndexOf(DetailsMarker);
        if (errorAt < 0 || detailsAt < 0)
            return false;
        // The error may come before the details or, as James's notify mailets write it, after them.
        var error = detailsAt > errorAt ? lines.Join(errorAt + 1, detailsAt) : lines.Paragraph(errorAt + 1);
        var diagnostic = string.Join(" ", TextLines.Split(error)).Trim();
        // "  RCPT TO: a@example.org," may go on with one more recipient per indented line.
        var inRecipients = false;
        for (var i = detailsAt + 1; i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]); i++)
        {
            var line = lines[i].Trim();
            inRecipients = line.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase) ||
                           (inRecipients && line.IndexOf(':') < 0);
            if (!inRecipients)
                continue;
            AddFailed(draft, AddressText.Find(line), diagnostic);
        }
        return Finish(message, draft);
    }

    private static bool ReadFailedList(BounceMessage message, BounceDraft draft)
    {
        var lines = BodyLines.OfNotice(message);
        var listAt = lines.IndexOf(FailedMarker);
        var failureAt = lines.IndexOf(FailureMarker, listAt + 1);
        if (listAt < 0 || failureAt < 0)
            return false;
        var diagnostic = lines.Paragraph(failureAt + 1);
        for (var i = listAt + 1; i < failureAt; i++)
            AddFailed(draft, AddressText.Find(lines[i]), diagnostic);
        return Finish(message, draft);
    }

    private static void AddFailed(BounceDraft draft, string address, string diagnostic)
    {
        if (address.Length == 0)
            return;
        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        recipient.DiagnosticCode = diagnostic;
    }

    private static bool Finish(BounceMessage message, BounceDraft draft)
    {
        draft.Original = OriginalMessage.FromReport(message);
        return draft.Recipients.Count > 0;
    }
}
