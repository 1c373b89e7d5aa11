using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Special;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A bounce that was passed on as an attachment still reports that failure, so the attached
/// notice is read in its place: one a person forwarded ("Fwd: Undeliverable: ..."), or one a
/// notification gateway wrapped in a notice of its own (Subject "Returned mail: ..." or a sender
/// such as "Mail Delivery Subsystem", the original report as a message/rfc822 part). Other mail
/// with an attached message (a reply, a report) does not qualify.
/// </summary>
internal static class ForwardedNotice
{
    private static readonly Regex ForwardSubject = TextPatterns.Create(@"^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:");

    /// <summary>The message attached to a forward or a wrapping notice, or null when <paramref name="message"/> is neither or has none.</summary>
    public static MimeMessage? Attached(BounceMessage message)
    {
        if (!ForwardSubject.SafeIsMatch(message.Subject) && !AutoReplySigns.IsNoticeSubject(message.Subject) && !NoticeHeaders.FromMailSystem(message))
            return null;
        foreach (var part in message.Parts)
            if (part is MessagePart { Message: { } attached })
                return attached;
        return null;
    }
}
