using System;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange 5.5 to 2003 notices: "Your message ... did not reach the following recipient(s):"
/// (Internet Mail Service) or "Your message did not reach some or all of the intended recipients.
/// ... The following recipient(s) could not be reached:" (Exchange 2000/2003), then "address on
/// date" lines (Exchange 5.5 names the address inside an X.400 O/R address: "c=US;a= ;p=Org;o=Site;
/// dda:SMTP=user@example.org; on date"), each followed by indented explanations such as "The recipient name is not
/// recognized" and a diagnostic ("MSEXCH:IMS:...", "&lt;host #5.1.1&gt;"). Exchange 2000/2003 also
/// attach a delivery-status part, which is read first. German and French servers write the list's
/// heading in their language ("Folgende(r) Empfänger konnte(n) nicht erreicht werden:", "Impossible
/// de joindre le ou les destinataires suivants :") and the date after "am" or "le".
/// </summary>
internal sealed class Exchange2003Recognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"did not reach the following recipient|following recipient\(s\) could not be reached" +
            @"|Empfänger konnte\(n\) nicht erreicht werden|Impossible de joindre le ou les destinataires suivants"),
        recipient: TextPatterns.Create(@"^\s*(?:\S.*?\bSMTP[=:])?(?<address>" + TextPatterns.Address + @");? (?:on|am|le) \S.*$"),
        end: null);

    // A long X.400 recipient line wraps, leaving the time of "on date" alone on the next line.
    private static readonly Regex WrappedTime = TextPatterns.Create(@"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s*[+\-]\d{4})?$");

    public string Format => "Exchange2003";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!IsExchange(message))
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        foreach (var entry in entries)
            if (entry.Lines.Count > 0 && WrappedTime.SafeIsMatch(entry.Lines[0]))
                entry.Lines.RemoveAt(0);
        return NoticeScanner.Read(message, draft, entries);
    }

    /// <summary>
    /// Exchange's own headers, or its subject prefix when a relay dropped them. The X-Mailer and
    /// X-MimeOLE of Exchange also stand on its users' own mail, which may quote a notice.
    /// </summary>
    private static bool IsExchange(BounceMessage message)
    {
        if (message.Header("X-MS-Embedded-Report") != null || message.Subject.StartsWith("Undeliverable:", StringComparison.OrdinalIgnoreCase))
            return true;
        var mailer = (message.Header("X-Mailer") ?? string.Empty) + " " + (message.Header("X-MimeOLE") ?? string.Empty);
        return (mailer.IndexOf("Internet Mail Service", StringComparison.OrdinalIgnoreCase) >= 0 ||
                mailer.IndexOf("Microsoft Exchange", StringComparison.OrdinalIgnoreCase) >= 0) &&
               !MailClient.Wrote(message);
    }
}
