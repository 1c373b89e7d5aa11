using System;
using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Special;
using BounceTools.Recognizers.Text;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A bounce that was passed on as an attachment still reports that failure, so the attached
/// notice is read in its place: one a person forwarded ("Fwd: Undeliverable: ..."), or one a
/// notification gateway wrapped in a notice of its own (Subject "Returned mail: ..." or a sender
/// such as "Mail Delivery Subsystem", the original report as a message/rfc822 part). Other mail
/// with an attached message (a reply, a report) does not qualify, nor does a forward of ordinary
/// mail or of an auto-reply.
/// </summary>
internal static class ForwardedNotice
{
    private static readonly Regex ForwardSubject = TextPatterns.Create(@"^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:");

    /// <summary>The notice attached to <paramref name="message"/>, or null when it is neither a forward nor a wrapped report.</summary>
    public static MimeMessage? Attached(BounceMessage message)
    {
        var forward = IsForward(message.Subject);
        if (!forward && !AutoReplySigns.IsNoticeSubject(message.Subject) && !NoticeSender.IsMailSystem(message))
            return null;
        foreach (var part in message.Parts)
            if (part is MessagePart { Message: { } attached } && (forward ? IsNotice(attached) : DeliveryStatus.IsReport(attached)))
                return attached;
        return null;
    }

    public static bool IsForward(string subject) => ForwardSubject.SafeIsMatch(subject);

    // A person forwards all kinds of mail; only a notice (from a mail system, under a notice Subject, or a report) carries a failure.
    private static bool IsNotice(MimeMessage attached) =>
        attached.Body?.ContentType.IsMimeType("multipart", "report") == true ||
        AutoReplySigns.IsNoticeSubject(attached.Subject ?? string.Empty) ||
        NoticeSender.IsMailSystem(new BounceMessage(attached));
}
