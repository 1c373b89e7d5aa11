using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Special;

/// <summary>
/// Auto-replies: RFC 3834 "Auto-Submitted: auto-replied" (or "auto-generated" on an answer to someone else's message), the X-Autoreply / X-Autorespond,
/// "Precedence: auto_reply" and iCloud's "X-Apple-Action: vacation" markers of other responders, or an auto-responder's Subject
/// ("Automatic reply:", "Out of Office", "Abwesenheitsnotiz", "Réponse automatique", ...).
/// One record for the person who is away (the reply's From), Reason Vacation, no action:
/// an absence is not a delivery failure. Delivery notices, challenge-response messages and
/// notices of posts held for moderators that carry the same markers are left alone.
/// </summary>
internal sealed class AutoReplyRecognizer : IFormatRecognizer
{
    public const string FormatName = "RFC3834";

    public string Format => FormatName;

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!HasAutoReplyHeader(message) && !AutoReplySigns.IsReplySubject(message.Subject))
            return false;
        if (IsDeliveryNotice(message) || AutoReplySigns.IsHeld(message.Subject) || AutoReplySigns.IsHeld(message.BodyText))
            return false;

        var away = message.FromAddress;
        if (away.IndexOf('@') <= 0)
            return false;

        var recipient = draft.AddRecipient(away);
        recipient.ImpliedReason = BounceReason.Vacation;
        recipient.DiagnosticCode = NoticeText.FirstLines(message.BodyText);
        return true;
    }

    // Exchange's out-of-office replies and help desks' acknowledgements say "auto-generated" though they answer a message.
    // BSD vacation(1) marks its replies with a header of its own.
    private static bool HasAutoReplyHeader(BounceMessage message) =>
        message.Header("Delivered-By-The-Graces-Of") != null ||
        StartsWith(message.Header("Auto-Submitted"), "auto-replied") ||
        (StartsWith(message.Header("Auto-Submitted"), "auto-generated") && AnswersAnotherMessage(message)) ||
        IsYes(message.Header("X-Autoreply")) ||
        IsYes(message.Header("X-Autorespond")) ||
        StartsWith(message.Header("Precedence"), "auto_reply") ||
        StartsWith(message.Header("X-Apple-Action"), "vacation");

    /// <summary>
    /// Issue trackers thread their own notifications with In-Reply-To, to a message of theirs (same right-hand
    /// side of the message id); an answer replies to a message someone else sent.
    /// </summary>
    private static bool AnswersAnotherMessage(BounceMessage message)
    {
        var inReplyTo = message.Header("In-Reply-To");
        if (inReplyTo == null)
            return false;
        var own = IdHost(message.Header("Message-ID"));
        return own.Length == 0 || !own.Equals(IdHost(inReplyTo), StringComparison.OrdinalIgnoreCase);
    }

    private static string IdHost(string? id)
    {
        var at = id?.LastIndexOf('@') ?? -1;
        return at < 0 ? string.Empty : id!.Substring(at + 1).Trim().TrimEnd('>').Trim();
    }

    /// <summary>Bounces written as plain messages may carry the same headers; they are not absences.</summary>
    private static bool IsDeliveryNotice(BounceMessage message)
    {
        if (message.Message.Body?.ContentType.IsMimeType("multipart", "report") == true)
            return true;
        return NoticeSender.IsDaemonMailbox(message) || AutoReplySigns.IsNoticeSubject(message.Subject);
    }

    private static bool StartsWith(string? value, string prefix) =>
        value != null && value.Trim().StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool IsYes(string? value) =>
        value != null && !value.Trim().Equals("no", StringComparison.OrdinalIgnoreCase);
}
