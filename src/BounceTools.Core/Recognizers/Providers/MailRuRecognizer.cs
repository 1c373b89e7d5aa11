using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Mail.ru's notices: a Russian paragraph, then Exim's English one ("The following address(es)
/// failed:", each address indented on its own line followed by the remote reply), then
/// "------ This is a copy of the message, including all the headers. ------".
/// </summary>
internal sealed class MailRuRecognizer : IFormatRecognizer
{
    private static readonly Regex Start = TextPatterns.Create(@"The following address(?:\(es\)|es)? failed:");
    private static readonly Regex CopyMarker = TextPatterns.Create(@"^-{3,}\s*This is a copy of the message");

    private static readonly NoticeLayout Layout = new(
        Start,
        recipient: TextPatterns.Create(@"^\s+(?<address>" + TextPatterns.Address + @")\s*$"),
        end: CopyMarker);

    public string Format => "MailRu";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!NoticeHeaders.FromDomain(message, "mail.ru"))
            return false;
        var body = message.BodyText;
        var entries = NoticeScanner.Scan(body, Layout);
        if (entries.Count == 0)
        {
            // Some notices quote the reply without naming the address on its own line.
            var section = TextPatterns.Squeeze(TextSections.Before(TextSections.After(body, Start), CopyMarker));
            foreach (var address in NoticeHeaders.FailedRecipients(message))
            {
                var entry = new AddressEntry(address);
                NoticeScanner.SetText(entry, section);
                entries.Add(entry);
            }
        }
        draft.Original = OriginalMessage.FromText(TextSections.After(body, CopyMarker));
        return NoticeScanner.Read(message, draft, entries);
    }
}
