using System;
using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A bounce that a person forwarded as an attachment ("Fwd: Undeliverable: ..." with the notice
/// as a message/rfc822 part) still reports that failure, so the attached notice is read in its
/// place. So is a delivery report that a mail system relayed wrapped in a notice of its own (a
/// postmaster message whose attachment is a multipart/report). Other mail with an attached
/// message (a reply, a bounce returning the original) does not qualify.
/// </summary>
internal static class ForwardedNotice
{
    private static readonly Regex ForwardSubject = TextPatterns.Create(@"^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:");

    /// <summary>The notice attached to <paramref name="message"/>, or null when it is neither a forward nor a relayed report.</summary>
    public static MimeMessage? Attached(BounceMessage message)
    {
        var forward = ForwardSubject.SafeIsMatch(message.Subject);
        if (!forward && !NoticeSender.IsMailSystem(message))
            return null;
        foreach (var part in message.Parts)
            if (part is MessagePart { Message: { } attached } && (forward || IsDeliveryReport(attached)))
                return attached;
        return null;
    }

    private static bool IsDeliveryReport(MimeMessage message) =>
        message.Body?.ContentType is { } type && type.IsMimeType("multipart", "report") &&
        type.Parameters.TryGetValue("report-type", out string? reportType) &&
        string.Equals(reportType, "delivery-status", StringComparison.OrdinalIgnoreCase);
}
