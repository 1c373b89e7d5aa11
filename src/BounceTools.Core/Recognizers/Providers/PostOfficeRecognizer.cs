using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Post.Office (Software.com) and Netscape Messaging Server 3, which was built on it: "Mail System
/// Error - Returned Mail" from "Mail Administrator", opening with "This Message was undeliverable
/// due to the following reason:". A remote refusal lists "Recipient: &lt;address&gt;" and "Reason:
/// 5.1.1 ..." pairs; any other failure is explained in a paragraph ("...not reachable within the
/// allowed queue period", "The user(s) account is temporarily over quota.") followed by the
/// addresses it applies to, each alone and in angle brackets (unknown addresses with their address
/// type: "SMTP &lt;address&gt;"). "Please reply to" closes the notice.
/// </summary>
internal sealed class PostOfficeRecognizer : IFormatRecognizer
{
    private const string Opening = "This Message was undeliverable due to the following reason:";

    private static readonly Regex RecipientField = TextPatterns.Create(@"^\s*Recipient:\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$");
    private static readonly Regex ReasonField = TextPatterns.Create(@"^\s*Reason:\s*(?<text>.+)$");
    private static readonly Regex ListedAddress = TextPatterns.Create(@"^\s*(?:SMTP\s+)?<(?<address>" + TextPatterns.Address + @")>\s*$");
    private static readonly Regex ListIntro = TextPatterns.Create(@"^\s*The following (?:recipients|destination addresses)\b.*:\s*$");
    private static readonly Regex Closing = TextPatterns.Create(@"^\s*Please reply to\b");

    public string Format => "PostOffice";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var lines = BodyLines.OfNotice(message);
        var opening = lines.IndexOf(Opening);
        if (opening < 0)
            return false;
        var entries = new List<AddressEntry>();
        // A listed address has no words of its own: the paragraphs above it, since the addresses before, are why it failed.
        var explanation = new List<string>();
        var reason = string.Empty;
        AddressEntry? fielded = null;
        for (var i = opening + 1; i < lines.Count && !Closing.SafeIsMatch(lines[i]); i++)
        {
            var line = lines[i];
            if (RecipientField.SafeMatch(line) is { Success: true } recipient)
            {
                entries.Add(fielded = new AddressEntry(AddressField.Normalize(recipient.Groups["address"].Value)));
            }
            else if (fielded != null && ReasonField.SafeMatch(line) is { Success: true } field)
            {
                fielded.Lines.Add(field.Groups["text"].Value.Trim());
            }
            else if (ListedAddress.SafeMatch(line) is { Success: true } address)
            {
                if (explanation.Count > 0)
                    reason = string.Join(" ", explanation);
                explanation.Clear();
                var entry = new AddressEntry(AddressField.Normalize(address.Groups["address"].Value));
                NoticeScanner.SetText(entry, reason);
                entries.Add(entry);
            }
            else if (!string.IsNullOrWhiteSpace(line) && !ListIntro.SafeIsMatch(line))
            {
                explanation.Add(line.Trim());
            }
        }
        return NoticeScanner.Read(message, draft, entries);
    }
}
