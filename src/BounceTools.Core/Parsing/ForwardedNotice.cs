using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Special;
using BounceTools.Recognizers.Text;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A bounce that was passed on as an attachment still reports that failure, so the attached
/// notice is read in its place: one a person forwarded ("Fwd: Undeliverable: ..."), or one a
/// notification gateway or list server wrapped in a notice of its own (Subject "Returned mail: ...",
/// "Uncaught bounce notification", or a sender such as "Mail Delivery Subsystem", the original report
/// or a notice from MAILER-DAEMON as a message/rfc822 part). A forward
/// without an attached message may carry it inline (see InlineForward). A forwarded
/// message is read as if it had arrived itself, so a forward of ordinary mail gives nothing; nor
/// does a forwarded auto-reply, which was news only to the one it answered. Other mail with an
/// attached message (a reply, a report) does not qualify.
/// </summary>
internal static class ForwardedNotice
{
    // The forward prefixes mail clients write in English, German, French, Spanish, Portuguese, Dutch, Italian,
    // Swedish, Danish and Norwegian, Finnish, Polish, Hungarian, Russian, Japanese, Chinese and Korean.
    private static readonly Regex ForwardSubject = TextPatterns.Create(@"^\s*(?:fwd?|wg|tr|rv|enc|doorst|i|vb|vs|vl|pd|tov|пересл|転送|转发|轉寄|전달)\s*[:：]");

    /// <summary>The notice attached to <paramref name="message"/>, or null when it is neither a forward nor a wrapped report.</summary>
    public static MimeMessage? Attached(BounceMessage message)
    {
        var forward = IsForward(message.Subject);
        if (!forward && !AutoReplySigns.IsNoticeSubject(message.Subject) && !NoticeSender.IsMailSystem(message) && !NoticeSender.IsListManager(message))
            return null;
        foreach (var part in message.Parts)
            if (part is MessagePart { Message: { } attached } && (forward || DeliveryStatus.IsReport(attached) || IsNoticeByItsHeaders(new BounceMessage(attached))))
                return attached;
        return forward && InlineForward.Innermost(message) is { } inline && IsNoticeByItsHeaders(new BounceMessage(inline)) ? inline : null;
    }

    public static bool IsForward(string subject) => ForwardSubject.SafeIsMatch(subject);

    // Forwarded inline, a message keeps only From, Date, Subject and To, so a newsletter's bounce@ sender
    // loses the List-Unsubscribe that told it apart: MAILER-DAEMON, postmaster or the null address, or a notice's Subject from the mail system.
    private static bool IsNoticeByItsHeaders(BounceMessage inline) =>
        NoticeSender.IsDaemonMailbox(inline) || NoticeSender.IsNullSender(inline) ||
        (NoticeSender.IsMailSystem(inline) && AutoReplySigns.IsNoticeSubject(inline.Subject));

    /// <summary>Whether what the attached message was recognized as still reports a failure once passed on.</summary>
    public static bool StillReports(BounceReport attachedReport) => attachedReport.Format != AutoReplyRecognizer.FormatName;
}
