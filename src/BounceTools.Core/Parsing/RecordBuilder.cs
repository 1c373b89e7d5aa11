using System;
using System.Collections.Generic;
using BounceTools.Classification;
using BounceTools.Recognizers;

namespace BounceTools.Parsing;

/// <summary>Turns a recognizer's draft into normalized, classified records.</summary>
internal static class RecordBuilder
{
    public static List<BounceRecord> Build(BounceMessage message, BounceDraft draft, string format, string path, BounceParserOptions limits)
    {
        var records = new List<BounceRecord>(draft.Recipients.Count);
        var bounceDate = message.Message.Date == default ? (System.DateTimeOffset?)null : message.Message.Date;
        // CRLF turned into LF once, not once per recipient in RecipientParagraphs, and only for a
        // recipient whose diagnostic or command the report's prose must supply.
        string? bodyText = null;
        string BodyText() => bodyText ??= message.BodyText.Replace("\r\n", "\n");
        var outcomes = draft.Recipients.Count > 1 ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;
        foreach (var recipient in draft.Recipients)
        {
            if (outcomes != null && !outcomes.Add(Outcome(recipient)))
                continue;
            var diagnostic = Cut(recipient.DiagnosticCode, limits.MaxDiagnosticChars);
            var status = StatusCodes.MostTelling(recipient.Status, diagnostic);
            var replyCode = recipient.ReplyCode ?? StatusCodes.Extract(diagnostic).ReplyCode;
            var implied = recipient.ImpliedReason;
            var action = recipient.Action.Length > 0 || IsNotification(implied) ? recipient.Action : ActionFromStatus(status, replyCode);
            var command = recipient.SmtpCommand.Length > 0 || IsNotification(implied)
                ? recipient.SmtpCommand
                : SmtpCommandFinder.FromText(diagnostic) is { Length: > 0 } said ? said : CommandInProse(BodyText(), recipient);

            var notice = diagnostic.Length > 0 ? string.Empty : FirstParagraph(BodyText(), recipient.Recipient, draft.Recipients);
            var decision = implied is { } known
                ? new ReasonDecision(known, "format " + format)
                : ReasonClassifier.Classify(new ReasonQuery
                {
                    Action = action,
                    Status = status,
                    ReplyCode = replyCode,
                    Diagnostic = diagnostic.Length > 0 ? diagnostic : notice,
                    DiagnosticType = recipient.DiagnosticType,
                    SmtpCommand = command,
                    Format = format,
                    RemoteMta = recipient.RemoteMta,
                    ReportingMta = draft.ReportingMta,
                    Recipient = recipient.Recipient,
                });
            if (decision.Reason == BounceReason.OnHold && diagnostic.Length == 0 && !SaysMoreThanTheAddress(notice, recipient.Recipient))
                decision = new ReasonDecision(BounceReason.Undefined, "no diagnostic; the notice only lists the address");

            records.Add(new BounceRecord
            {
                Path = path,
                Recipient = recipient.Recipient,
                OriginalRecipient = recipient.OriginalRecipient,
                Action = action,
                Status = status.Length > 0 ? status : StatusCodes.OfReplyCode(replyCode, action),
                ReplyCode = replyCode,
                Reason = decision.Reason,
                ReasonSource = decision.Source,
                IsHardBounce = BounceReasonFacts.IsHardBounce(decision.Reason, replyCode, PermanenceStatus(status, replyCode, action)),
                DiagnosticCode = diagnostic,
                DiagnosticType = recipient.DiagnosticType,
                SmtpCommand = command,
                RemoteMta = recipient.RemoteMta,
                ReportingMta = draft.ReportingMta,
                ReceivedFromMta = draft.ReceivedFromMta,
                ArrivalDate = draft.ArrivalDate,
                LastAttemptDate = recipient.LastAttemptDate,
                WillRetryUntil = recipient.WillRetryUntil,
                Date = recipient.LastAttemptDate ?? draft.ArrivalDate ?? bounceDate,
                OriginalEnvelopeId = draft.OriginalEnvelopeId,
                OriginalMessageId = draft.Original.MessageId,
                OriginalSubject = draft.Original.Subject,
                OriginalDate = draft.Original.Date,
                OriginalTo = draft.Original.To,
                Sender = draft.Original.From,
                Format = format,
                FeedbackType = recipient.FeedbackType,
                BounceMessageId = message.Message.MessageId ?? string.Empty,
                SourceIp = draft.SourceIp,
            });
        }
        return records;
    }

    // A report may state the same outcome for a recipient more than once (sendmail lists an
    // address once per alias that expanded to it before a loop was broken): one record, the first,
    // which holds what the text said about the address.
    private static string Outcome(RecipientDraft recipient) =>
        string.Join("\n", recipient.Recipient, recipient.Action, recipient.Status, recipient.RemoteMta);

    /// <summary>The command the report's prose ties to the recipient; the transcript of an alias names the address it became.</summary>
    private static string CommandInProse(string body, RecipientDraft recipient)
    {
        var command = SmtpCommandFinder.FromParagraph(body, recipient.Recipient);
        return command.Length > 0 || recipient.ActualRecipient.Length == 0 ? command : SmtpCommandFinder.FromParagraph(body, recipient.ActualRecipient);
    }

    /// <summary>Feedback reports and auto-replies report no delivery, so they carry no action or SMTP step.</summary>
    private static bool IsNotification(BounceReason? reason) =>
        reason is BounceReason.Feedback or BounceReason.Vacation;

    /// <summary>
    /// Without a diagnostic, the report's own words about the recipient are the next best evidence.
    /// Where one paragraph lists several recipients, each with lines of its own (a table flattened
    /// from HTML), the recipient's share runs from its line to the next recipient's; a share that says
    /// no more than the address (addresses listed above one reason for all) gives way to the paragraph.
    /// </summary>
    private static string FirstParagraph(string body, string recipient, List<RecipientDraft> all)
    {
        foreach (var paragraph in RecipientParagraphs.Of(body, recipient))
            return all.Count > 1 && OwnShare(paragraph, recipient, all) is { } share && SaysMoreThanTheAddress(share, recipient) ? share : paragraph;
        return string.Empty;
    }

    /// <summary>The lines of <paramref name="paragraph"/> about <paramref name="recipient"/> alone, or null when no other recipient shares it.</summary>
    private static string? OwnShare(string paragraph, string recipient, List<RecipientDraft> all)
    {
        bool NamesOther(string line) => all.Exists(other =>
            other.Recipient.Length > 0 && !string.Equals(other.Recipient, recipient, StringComparison.OrdinalIgnoreCase) &&
            line.IndexOf(other.Recipient, StringComparison.OrdinalIgnoreCase) >= 0);

        var lines = paragraph.Split('\n');
        var own = Array.FindIndex(lines, line => line.IndexOf(recipient, StringComparison.OrdinalIgnoreCase) >= 0);
        if (own < 0)
            return null;
        var start = Array.FindIndex(lines, 0, own, NamesOther) >= 0 ? own : 0;
        var end = own + 1;
        while (end < lines.Length && !NamesOther(lines[end]))
            end++;
        return start == 0 && end == lines.Length ? null : string.Join("\n", lines, start, end - start);
    }

    /// <summary>
    /// The status that tells whether the failure is permanent. A message that carries no code
    /// still says so by its action: RFC 3464 "failed" means the server gave up for good.
    /// </summary>
    private static string PermanenceStatus(string status, int? replyCode, string action) =>
        status.Length == 0 && replyCode == null && action == "failed" ? "5.0.0" : status;

    /// <summary>
    /// OnHold means the server said something no rule understands; a notice line that holds
    /// nothing but the address (a bullet list under a heading) said nothing at all: Undefined.
    /// </summary>
    internal static bool SaysMoreThanTheAddress(string paragraph, string address)
    {
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (address.Length > 0 && string.Compare(paragraph, i, address, 0, address.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                i += address.Length - 1;
            else if (char.IsLetter(paragraph[i]))
                return true;
        }
        return false;
    }

    private static string Cut(string text, int maxChars) =>
        text.Length > maxChars ? text.Substring(0, maxChars) : text;

    private static string ActionFromStatus(string status, int? replyCode)
    {
        var cls = status.Length > 0 ? status[0] : replyCode is { } code ? (char)('0' + code / 100) : ' ';
        return cls switch
        {
            '5' => "failed",
            '4' => "delayed",
            '2' => "delivered",
            _ => "failed",
        };
    }
}
