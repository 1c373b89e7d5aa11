using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange 2007+ and Exchange Online notices. Their "Diagnostic information for administrators"
/// section, in any language, has each failed address alone on a line, followed by the failure
/// as Exchange words it: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##" (2007, after the
/// remote server's name when that server refused it) or, from
/// 2010 on, a sentence in the notice's language around the quoted reply ("Remote Server returned
/// '550 5.1.1 ...'", "Der Server unter ... hat '550 5.1.1 ...' zurückgegeben."). It fills what the
/// delivery-status part leaves out, and stands in for that part when a notice lost it.
/// </summary>
internal static class ExchangeNotice
{
    // Exchange Online's newer layout names the recipient and the failure in fields:
    // "Recipient Address: a@example.org" ... "Reported error: 550 5.1.10 ...".
    private static readonly Regex AddressLine = TextPatterns.Create(@"^\s*(?:Recipient Address:\s*)?(?<address>" + TextPatterns.Address + @")(?:<mailto:[^>]*>)?\s*$");
    // The quoted reply runs to the last quote on the line: server texts may hold apostrophes.
    // Translations quote it the way their language does ("...", «...», „...“) as well as '...'.
    // A reply from a remote server follows that server's name ("mx.example.net #550 5.1.1 ... ##").
    // A failure another Exchange or gateway reported comes quoted in its own form:
    // "'&lt;mx.example.net #5.0.0 smtp; 550 5.1.1 ...&gt;'".
    private static readonly Regex Failure = TextPatterns.Create(
        @"^\s*(?:Reported error:\s*(?<text>[245]\d\d[ \-].*?)\s*$|(?:[a-z0-9][\w.\-]*\s+)?#(?<text>[245]\d\d[ \-][245]\.\d{1,3}\.\d{1,3}\b.*?)\s*##|.*?['""«„“](?<text>[245]\d\d[ \-].*)['""»“”]|.*?'<(?<text>[\w.\-]*\s*#[245]\.\d{1,3}\.\d{1,3}\b.*)>')");

    // A failure line holds a quote or Exchange's "#...##".
    private static readonly char[] Marks = { '\'', '"', '«', '„', '“', '#' };

    // A quote mark or Exchange's "#" right before a reply code opens a quoted reply, which a
    // re-wrapped notice may close only lines later.
    private static readonly Regex OpenedReply = TextPatterns.Create(@"['""«„“#][245]\d\d\b");
    private const int MaxWrappedLines = 4;

    /// <summary>Reads an Exchange notice: its delivery-status part when there is one, then this section.</summary>
    public static bool Read(BounceMessage message, BounceDraft draft)
    {
        var entries = DiagnosticEntries(message.BodyText);
        // The delivery-status part, when there is one, names the recipients; the text fills gaps.
        if (message.FindPart("message/delivery-status") == null)
            return NoticeScanner.Read(message, draft, entries);
        var read = NoticeReader.Read(message, draft, entries);
        AddEarlierAttempts(draft, entries);
        return read;
    }

    /// <summary>
    /// The report part quotes only the last attempt ("550 4.4.7 QUEUE.Expired"); the notice also
    /// lists the earlier ones, whose replies tell why delivery kept failing.
    /// </summary>
    private static void AddEarlierAttempts(BounceDraft draft, List<AddressEntry> entries)
    {
        foreach (var entry in entries)
        {
            var recipient = EntryMerge.Find(draft, entry.Address);
            if (recipient != null && entry.Lines.Count > 1 && entry.Text.IndexOf(recipient.DiagnosticCode, System.StringComparison.OrdinalIgnoreCase) >= 0)
                recipient.DiagnosticCode = entry.Text;
        }
    }

    /// <summary>The recipients of the diagnostic section and the failure under each.</summary>
    public static List<AddressEntry> DiagnosticEntries(string text)
    {
        var entries = new List<AddressEntry>();
        string? address = null;
        AddressEntry? current = null;
        var lines = new List<string>(TextLines.Split(text));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // Cheap character checks first: most lines of a notice can be neither kind.
            var named = line.IndexOf('@') >= 0 ? AddressLine.SafeMatch(line) : Match.Empty;
            if (named.Success)
            {
                address = AddressField.Normalize(named.Groups["address"].Value);
                current = null;
                continue;
            }
            if (line.IndexOfAny(Marks) < 0 && line.IndexOf("Reported error", System.StringComparison.OrdinalIgnoreCase) < 0)
                continue;
            var failure = MatchFailure(lines, ref i);
            if (!failure.Success)
                continue;
            if (address != null)
            {
                current = new AddressEntry(address);
                NoticeScanner.SetText(current, failure.Groups["text"].Value);
                entries.Add(current);
                address = null;
            }
            else if (current != null)
            {
                // Exchange lists every attempt, the last first: "message expired" comes before the reply that kept failing.
                current.Lines.Add(failure.Groups["text"].Value.Trim());
            }
        }
        return entries;
    }

    /// <summary>
    /// The failure quoted on the line, or, when the notice was re-wrapped on its way (by a gateway or
    /// a mail client) so that the quoted reply runs on over the next lines, on the line joined with
    /// them again; <paramref name="at"/> then moves to the line where the reply ends.
    /// </summary>
    private static Match MatchFailure(List<string> lines, ref int at)
    {
        var failure = Failure.SafeMatch(lines[at]);
        if (failure.Success || !OpenedReply.SafeIsMatch(lines[at]))
            return failure;
        var joined = lines[at];
        for (var next = at + 1; next < lines.Count && next <= at + MaxWrappedLines && !string.IsNullOrWhiteSpace(lines[next]); next++)
        {
            joined += " " + lines[next].Trim();
            var rejoined = Failure.SafeMatch(joined);
            if (rejoined.Success)
            {
                at = next;
                return rejoined;
            }
        }
        return failure;
    }
}
