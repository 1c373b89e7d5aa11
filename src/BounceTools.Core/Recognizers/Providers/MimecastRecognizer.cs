using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Mimecast's "[Postmaster] Email Delivery Failure" alerts, in two layouts: "could not be
/// delivered:" then "-- address", or "addressed to email address : -- address" then "With subject
/// ... could not be delivered."; then "The problem appears to be : -- explanation", "Additional
/// information follows : -- remote reply", and a closing paragraph "This condition occurred after
/// N attempt(s) to deliver over a period of ...". A temporary reply after several attempts means
/// Mimecast stopped retrying: the closing sentence then joins the diagnostic (Expired).
/// </summary>
internal sealed class MimecastRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"(?:could not be delivered:?|addressed to (?:the )?email address\s*:)\s*$"),
        recipient: TextPatterns.Create(@"^\s*--\s*(?<address>" + TextPatterns.Address + @")\s*$"),
        end: TextPatterns.Create(@"^\s*This condition occurred after"));

    // The recipient's paragraph from the explanation on; what comes before it repeats the Subject.
    private static readonly Regex Explanation = TextPatterns.Create(@"(?<text>The problem appears to be\s*:.*)");

    private static readonly Regex Labels = TextPatterns.Create(@"(?:The problem appears to be|Additional information follows)\s*:\s*--\s*");

    private static readonly Regex Attempts = TextPatterns.Create(
        @"This condition occurred after (?<attempts>\d+) attempt\(s\) to deliver over\s+a period of [^.]*\.");

    public string Format => "Mimecast";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Subject.IndexOf("Email Delivery Failure", System.StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        NoticeScanner.NarrowText(entries, Explanation);
        var retried = Attempts.SafeMatch(message.BodyText) is { Success: true } attempts && int.Parse(attempts.Groups["attempts"].Value) > 1
            ? " " + TextPatterns.Squeeze(attempts.Value)
            : string.Empty;
        foreach (var entry in entries)
        {
            var text = TextPatterns.Squeeze(Labels.SafeReplace(entry.Text, " ").Replace(" -- ", " "));
            NoticeScanner.SetText(entry, IsTemporary(text) ? text + retried : text);
        }
        return NoticeScanner.Read(message, draft, entries);
    }

    private static bool IsTemporary(string text)
    {
        var found = StatusCodes.Extract(text);
        return found.Status.StartsWith("4.", System.StringComparison.Ordinal) || found.ReplyCode is >= 400 and < 500;
    }
}
