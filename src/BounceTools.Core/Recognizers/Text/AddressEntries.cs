using System;
using System.Collections.Generic;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Reads the common plain-text layout of a failure list: each recipient starts a line
/// ("&lt;user@example.org&gt;:", "  user@example.org", "user@example.org: reason") and the
/// lines below it, up to a blank line or the next address, say what happened; when a blank line
/// comes right after the address, the paragraph after it does.
/// </summary>
internal static class AddressEntries
{
    /// <summary>
    /// Reads entries from line <paramref name="start"/> until a line that <paramref name="isEnd"/>
    /// accepts. Lines between entries that do not start with an address are skipped. With
    /// <paramref name="localParts"/>, a line with a local part alone ("jdoe", "&lt;jdoe&gt;") names a
    /// recipient too, for lists whose server names its own mailboxes so (see <see cref="LocalRecipients"/>).
    /// </summary>
    public static List<AddressEntry> Read(BodyLines lines, int start, Func<string, bool>? isEnd = null, bool blankEndsEntry = true, bool localParts = false)
    {
        var entries = new List<AddressEntry>();
        AddressEntry? current = null;
        for (var i = Math.Max(start, 0); i < lines.Count; i++)
        {
            var line = lines[i];
            if (isEnd != null && isEnd(line))
                break;
            if ((AddressText.TryReadLeading(line, out var address, out var rest) ||
                 (localParts && AddressText.TryReadLocalPart(line, out address, out rest))) &&
                !QuotesItself(current, address, line))
            {
                current = new AddressEntry(address) { ExpandedFrom = AddressText.ExpandedFrom(line), Indent = IndentOf(line) };
                entries.Add(current);
                if (rest.Length > 0)
                    current.Lines.Add(rest);
                continue;
            }
            var text = line.Trim();
            if (text.Length == 0)
            {
                // "<a@example.org>:" / blank / "Sorry, no mailbox here by that name.": a bare address line keeps its entry open,
                // and so does a line that leads in to the server's reply ("... refused it with this error:" / blank / "550 ...").
                if (blankEndsEntry && current?.Lines.Count > 0 && !LeadsInToReply(current, lines, i))
                    current = null;
                continue;
            }
            if (current != null && current.ExpandedFrom.Length == 0 && text.StartsWith("(", StringComparison.Ordinal) &&
                AddressText.ExpandedFrom(text) is { Length: > 0 } alias)
                current.ExpandedFrom = alias;
            else
                current?.Lines.Add(WithoutReasonNote(text));
        }
        return entries;
    }

    private static bool LeadsInToReply(AddressEntry entry, BodyLines lines, int blank)
    {
        if (!entry.Lines[entry.Lines.Count - 1].EndsWith(":", StringComparison.Ordinal))
            return false;
        var next = blank + 1;
        while (next < lines.Count && lines[next].Trim().Length == 0)
            next++;
        return next < lines.Count && StartsWithReply(lines[next].Trim());
    }

    // "550 5.7.1 ...", "421-...": an SMTP reply code and its separator.
    private static bool StartsWithReply(string text) =>
        text.Length > 4 && text[0] >= '2' && text[0] <= '5' && char.IsDigit(text[1]) && char.IsDigit(text[2]) && (text[3] == ' ' || text[3] == '-');

    private const string ReasonNote = "(reason:";

    // Sendmail and the servers that copy its layout put the failure in a note under the address:
    // "(reason: 550 5.1.1 <a@example.org>... User unknown)". The note's content is the diagnostic.
    private static string WithoutReasonNote(string text) =>
        text.Length > ReasonNote.Length + 1 && text[text.Length - 1] == ')' && text.StartsWith(ReasonNote, StringComparison.OrdinalIgnoreCase)
            ? text.Substring(ReasonNote.Length, text.Length - ReasonNote.Length - 1).Trim()
            : text;

    // A paragraph may name its own address again, deeper indented, where the reply broke the line
    // ("  a@example.org:" / "    SMTP error from remote mailer after RCPT TO:" / "    <a@example.org>:"): that is text, not a new entry.
    private static bool QuotesItself(AddressEntry? current, string address, string line) =>
        current != null && IndentOf(line) > current.Indent && address.Equals(current.Address, StringComparison.OrdinalIgnoreCase);

    /// <summary>How many blanks a line begins with.</summary>
    internal static int IndentOf(string line)
    {
        var indent = 0;
        while (indent < line.Length && char.IsWhiteSpace(line[indent]))
            indent++;
        return indent;
    }

    /// <summary>Reads entries after the first line containing <paramref name="marker"/>; empty when there is none.</summary>
    public static List<AddressEntry> ReadAfter(BodyLines lines, string marker, Func<string, bool>? isEnd = null, bool blankEndsEntry = true)
    {
        var at = lines.IndexOf(marker);
        return at < 0 ? new List<AddressEntry>() : Read(lines, at + 1, isEnd, blankEndsEntry);
    }

    /// <summary>A stop condition for lines that start with any of the given prefixes (after leading blanks), case-insensitively.</summary>
    public static Func<string, bool> StopAt(params string[] prefixes) => line =>
    {
        var start = IndentOf(line);
        foreach (var prefix in prefixes)
            if (line.Length - start >= prefix.Length && string.Compare(line, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return true;
        return false;
    };
}
