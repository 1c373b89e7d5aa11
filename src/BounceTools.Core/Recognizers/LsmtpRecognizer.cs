using System;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// L-Soft LSMTP (and LISTSERV's own delivery notices): after "--&gt; Error description:" one block
/// per recipient, "Error-for: user@example.org", "Error-Code: n" and "Error-Text: ..." whose
/// indented continuation lines quote the remote reply, closed by "Error-End: n error(s) reported."
/// </summary>
internal sealed class LsmtpRecognizer : IFormatRecognizer
{
    private static readonly NoticeLayout Layout = new(
        start: null,
        recipient: TextPatterns.Create(@"^Error-for:\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: TextPatterns.Create(@"^Error-End:"));

    private static readonly Regex Field = TextPatterns.Create(@"^Error-[A-Za-z]+:");

    private const string TextField = "Error-Text:";

    public string Format => "LSMTP";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var body = message.BodyText;
        if (body.IndexOf("Error-End:", StringComparison.Ordinal) < 0)
            return false;
        var entries = NoticeScanner.Scan(body, Layout);
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, ErrorText(entry));
        return NoticeScanner.Read(message, draft, entries);
    }

    /// <summary>The Error-Text field with its continuation lines; the other fields are LSMTP's own bookkeeping.</summary>
    private static string ErrorText(AddressEntry entry)
    {
        var at = entry.Lines.FindIndex(line => line.StartsWith(TextField, StringComparison.OrdinalIgnoreCase));
        if (at < 0)
            return string.Empty;
        var text = entry.Lines[at].Substring(TextField.Length).Trim();
        for (var i = at + 1; i < entry.Lines.Count && !IsField(entry.Lines[i]); i++)
            text += " " + entry.Lines[i].Trim('"');
        return text;
    }

    private static bool IsField(string line) => Field.SafeIsMatch(line);
}
