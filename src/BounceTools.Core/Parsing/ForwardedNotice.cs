using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A bounce that a person forwarded as an attachment ("Fwd: Undeliverable: ..." with the notice
/// as a message/rfc822 part) still reports that failure, so the attached notice is read in its
/// place. Only forwards qualify: other mail with an attached message (a reply, a report) does not.
/// </summary>
internal static class ForwardedNotice
{
    private static readonly Regex ForwardSubject = TextPatterns.Create(@"^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:");

    /// <summary>The message attached to a forward, or null when <paramref name="message"/> is not a forward with one.</summary>
    public static MimeMessage? Attached(BounceMessage message)
    {
        if (!ForwardSubject.SafeIsMatch(message.Subject))
            return null;
        foreach (var part in message.Parts)
            if (part is MessagePart { Message: { } attached })
                return attached;
        return null;
    }
}
