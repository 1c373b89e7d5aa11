using BounceTools.Recognizers.Text;

namespace BounceTools.Parsing;

/// <summary>
/// A person who forwards a person's mail inline ("Fwd: Mail delivery problems since Monday", a
/// colleague's complaint or a reply that quotes a bounce below the client's divider) reports no
/// failure of their own, whatever bounce wording the forwarded text repeats. A notice forwarded
/// inline still names the mail system as its sender and is read (see <see cref="ForwardedNotice"/>).
/// </summary>
internal static class PersonalForward
{
    public static bool Is(BounceMessage message) =>
        !NoticeSender.IsMailSystem(message) &&
        !DeliveryStatus.IsReport(message.Message) &&
        InlineForward.Innermost(message) is { } forwarded &&
        !NoticeSender.IsMailSystem(new BounceMessage(forwarded));
}
