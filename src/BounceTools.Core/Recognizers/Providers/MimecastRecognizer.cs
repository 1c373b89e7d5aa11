using System.Text.RegularExpressions;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Mimecast's "[Postmaster] Email Delivery Failure" alerts: "-- address", "The problem appears to
/// be : -- explanation", "Additional information follows : -- remote reply", then a closing
/// paragraph starting "This condition occurred after".
/// </summary>
internal sealed class MimecastRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: TextPatterns.Create(@"could not be delivered:?\s*$"),
        recipient: TextPatterns.Create(@"^\s*--\s*(?<address>" + TextPatterns.Address + @")\s*$"),
        end: TextPatterns.Create(@"^\s*This condition occurred after"));

    private static readonly Regex Labels = TextPatterns.Create(@"(?:The problem appears to be|Additional information follows)\s*:\s*--\s*");

    public string Format => "Mimecast";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Subject.IndexOf("Email Delivery Failure", System.StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var entries = NoticeScanner.Scan(message.BodyText, Layout);
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, TextPatterns.Squeeze(Labels.SafeReplace(entry.Text, " ").Replace(" -- ", " ")));
        return NoticeScanner.Read(message, draft, entries);
    }
}
