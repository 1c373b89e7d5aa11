using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// SurfControl E-mail Filter, known by its X-Mailer: "Your message could not be sent.",
/// "Addressed To: a@example.org", then each attempt as "a@example.org: [192.0.2.1], 554 reply".
/// Its delivery-status part is read when there is one; the text stands in when there is none. When no
/// attempt reached a host (the domain did not resolve), the transcript names no address: then the
/// "Addressed To:" lines are the recipients, and the transcript is what happened to each.
/// Forwarded inline, the notice keeps no X-Mailer: then the mail system's text must show the whole
/// layout, its closing "--- Message non-deliverable." included.
/// </summary>
internal sealed class SurfControlRecognizer : IFormatRecognizer
{
    private static readonly Regex Start = TextPatterns.Create(@"^\s*Your message could not be sent");
    private static readonly Regex End = TextPatterns.Create(@"^\s*-{3}\s*Message non-deliverable");

    private static readonly NoticeLayout Attempts = new(
        Start, TextPatterns.Create(@"^\s*(?<address>" + TextPatterns.Address + @"):\s*\[[0-9a-f.:]+\],\s*(?<text>.*)$"), End);

    private static readonly NoticeLayout Addressed = new(
        Start, TextPatterns.Create(@"^\s*Addressed To:\s*(?<address>" + TextPatterns.Address + @")\s*$"), End);

    public string Format => "SurfControl";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var signed = (message.Header("X-Mailer") ?? string.Empty).StartsWith("SurfControl", System.StringComparison.OrdinalIgnoreCase);
        if (!signed && !(message.BodyText.IndexOf("Message non-deliverable", System.StringComparison.OrdinalIgnoreCase) >= 0 &&
                         NoticeSender.IsMailSystem(message) && End.SafeIsMatch(message.BodyText)))
            return false;
        if (message.FindPart("message/delivery-status") != null)
            return StandardReport.Read(message, draft);
        var entries = NoticeScanner.Scan(message.BodyText, Attempts);
        return NoticeScanner.Read(message, draft, entries.Count > 0 ? entries : Unreached(message.BodyText));
    }

    /// <summary>The addressed recipients, each given the transcript (the lines below the last of them, after the attempt's time).</summary>
    private static List<AddressEntry> Unreached(string text)
    {
        var entries = NoticeScanner.Scan(text, Addressed);
        if (entries.Count == 0)
            return entries;
        var lines = entries[entries.Count - 1].Lines;
        var skip = lines.Count > 1 && DeliveryStatus.ParseDate(lines[0]) != null ? 1 : 0;
        var transcript = string.Join(" ", lines.GetRange(skip, lines.Count - skip));
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, transcript);
        return entries;
    }
}
