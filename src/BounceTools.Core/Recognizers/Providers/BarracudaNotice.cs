using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// The text of a Barracuda Spam Firewall notice, read when its report part is gone (a notice
/// forwarded inline): "Your message to: a@example.org" then "was blocked by our Spam &amp; Virus
/// Firewall. The email you sent ... has NOT BEEN DELIVERED", Barracuda's own wording of the refusal.
/// </summary>
internal static class BarracudaNotice
{
    private static readonly Regex Blocked = TextPatterns.Create(
        @"^\s*Your message to:\s*<?(?<address>" + TextPatterns.Address + @")>?\s+(?<text>was blocked by our [^.\r\n]*Firewall\b[^\r\n]*)");

    public static bool Read(BounceMessage message, BounceDraft draft)
    {
        // Mail that merely passed a Barracuda carries its X-Barracuda headers too, and may quote a notice.
        if (!NoticeSender.IsMailSystem(message) || Blocked.SafeMatch(message.BodyText) is not { Success: true } blocked)
            return false;
        var entry = new AddressEntry(blocked.Groups["address"].Value) { Lines = { blocked.Groups["text"].Value.Trim() } };
        return NoticeReader.Read(message, draft, new[] { entry });
    }
}
