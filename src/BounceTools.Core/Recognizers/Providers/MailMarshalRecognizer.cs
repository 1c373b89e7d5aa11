using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// MailMarshal (Trustwave) notices: "Your message: From/Subject", "Could not be delivered because
/// of" and the reply, "The following recipients were affected:" with indented addresses, then an
/// "Additional Information" block of fields (Remote-MTA, Reporting-MTA, ...). Its content rules
/// send another notice: "MailMarshal (an automated content monitoring gateway) has stopped the
/// following e-mail for the following reason:", the reason, and the message's indented fields
/// (Message, From, To, Subject, Rule, File).
/// </summary>
internal sealed class MailMarshalRecognizer : IFormatRecognizer
{
    private static readonly Regex Because = TextPatterns.Create(@"^\s*Could not be delivered because of\s*$");
    private static readonly Regex Affected = TextPatterns.Create(@"^\s*The following recipients were affected:?");
    private static readonly Regex Additional = TextPatterns.Create(@"^\s*Additional Information\s*$");
    private static readonly Regex RemoteMta = TextPatterns.Create(@"^\s*Remote-MTA:\s*<?(?<host>[^>\s]+)>?");

    private static readonly NoticeLayout Layout = new(
        start: Affected,
        recipient: TextPatterns.Create(@"^\s+(?<address>" + TextPatterns.Address + @")\s*$"),
        end: Additional);

    private static readonly Regex Stopped = TextPatterns.Create(@"^MailMarshal \(an automated content monitoring gateway\) has stopped the following\s+e-?mail for the following reason:");
    private static readonly Regex StoppedFields = TextPatterns.Create(@"^\s+Message:");

    private static readonly NoticeLayout StoppedLayout = new(
        start: StoppedFields,
        recipient: TextPatterns.Create(@"^\s+To:\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: TextPatterns.Create(@"^\s+(?:Subject|Rule|File):"));

    public string Format => "MailMarshal";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (Stopped.SafeIsMatch(message.BodyText))
            return ReadStopped(message, draft);
        if (!message.Subject.StartsWith("Undeliverable Mail:", System.StringComparison.OrdinalIgnoreCase))
            return false;
        var body = message.BodyText;
        var entries = NoticeScanner.Scan(body, Layout);
        var reason = TextPatterns.Squeeze(TextSections.Before(TextSections.After(body, Because), Affected));
        var remote = RemoteMta.SafeMatch(TextSections.After(body, Additional));
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, reason);
        if (!NoticeScanner.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
            recipient.RemoteMta = remote.Success ? remote.Groups["host"].Value : string.Empty;
        return true;
    }

    /// <summary>A message a content rule stopped: its recipients from the "To:" field, the reason from the paragraph after the intro.</summary>
    private static bool ReadStopped(BounceMessage message, BounceDraft draft)
    {
        var entries = NoticeScanner.Scan(message.BodyText, StoppedLayout);
        var reason = TextPatterns.Squeeze(TextSections.Before(TextSections.After(message.BodyText, Stopped), StoppedFields));
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, reason);
        return NoticeScanner.Read(message, draft, entries);
    }
}
