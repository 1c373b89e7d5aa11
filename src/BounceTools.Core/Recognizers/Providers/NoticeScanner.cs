using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// The line patterns of one plain-text notice: where the recipient list starts, what a recipient
/// line looks like (group "address", optionally group "text" for server text on the same line),
/// and where the notice ends (typically the line that introduces the returned message).
/// </summary>
internal sealed class NoticeLayout
{
    private readonly LiteralGate _firstLine;

    public NoticeLayout(Regex? start, Regex recipient, Regex? end)
    {
        Start = start;
        Recipient = recipient;
        End = end;
        _firstLine = new LiteralGate(start ?? recipient);
    }

    /// <summary>False when the text cannot be in this layout (it lacks what its first line needs); true when it may be.</summary>
    public bool MayBeIn(string text) => _firstLine.MayMatch(text);

    public Regex? Start { get; }
    public Regex Recipient { get; }
    public Regex? End { get; }
}

/// <summary>
/// Reads the recipients of a plain-text notice laid out as "recipient line, then lines of server
/// text", which is how most providers and filters word their bounces. Unlike AddressEntries,
/// which knows the MTAs' "address: text" lines, the recipient line is any shape a layout gives
/// ("Could not be delivered to: &lt;a&gt;", "-- a", "a on date", ...). A recipient named twice
/// (notices that repeat themselves in a second language) is kept once, with its first text.
/// </summary>
internal static class NoticeScanner
{
    public static List<AddressEntry> Scan(string text, NoticeLayout layout)
    {
        var entries = new List<AddressEntry>();
        if (!layout.MayBeIn(text))
            return entries;
        var seen = new HashSet<string>();
        var started = layout.Start == null;
        AddressEntry? current = null;

        foreach (var line in TextLines.Split(text))
        {
            if (!started)
            {
                started = layout.Start!.SafeIsMatch(line);
                continue;
            }
            if (layout.End != null && layout.End.SafeIsMatch(line))
                break;

            var match = layout.Recipient.SafeMatch(line);
            if (match.Success)
            {
                var address = AddressField.Parse(match.Groups["address"].Value);
                current = address.Length == 0 || !seen.Add(address) ? null : new AddressEntry(address);
                if (current == null)
                    continue;
                entries.Add(current);
                AddLine(current, match.Groups["text"].Value);
                continue;
            }
            if (current != null)
                AddLine(current, line);
        }
        return entries;
    }

    /// <summary>
    /// Adds the recipients a notice's text names. Only the text decides that the message is in the
    /// layout: a notice naming nobody is not claimed, even when it carries a delivery-status part.
    /// </summary>
    public static bool Read(BounceMessage message, BounceDraft draft, List<AddressEntry> entries, string action = "failed") =>
        entries.Count > 0 && NoticeReader.Read(message, draft, entries, action);

    /// <summary>
    /// Reads the entries as <see cref="Read(BounceMessage, BounceDraft, List{AddressEntry}, string)"/> does,
    /// after taking a value out of each entry's lines (the host or the command a layout names beside the
    /// server's words), and gives it to the recipient the entry became.
    /// </summary>
    public static bool Read(BounceMessage message, BounceDraft draft, List<AddressEntry> entries, Func<AddressEntry, string> take, Action<RecipientDraft, string> give)
    {
        var values = entries.ConvertAll(entry => take(entry));
        if (!Read(message, draft, entries))
            return false;
        for (var i = 0; i < entries.Count; i++)
            if (values[i].Length > 0 && EntryMerge.Find(draft, entries[i].Address) is { } recipient)
                give(recipient, values[i]);
        return true;
    }

    /// <summary>Narrows each entry's text to the pattern's group "text" where the pattern matches it.</summary>
    public static void NarrowText(List<AddressEntry> entries, Regex text)
    {
        foreach (var entry in entries)
            if (text.SafeMatch(entry.Text) is { Success: true } narrowed)
                SetText(entry, narrowed.Groups["text"].Value);
    }

    /// <summary>Replaces an entry's text, for layouts whose diagnostic is not simply the lines below the address.</summary>
    public static void SetText(AddressEntry entry, string text)
    {
        entry.Lines.Clear();
        AddLine(entry, text);
    }

    private static void AddLine(AddressEntry entry, string line)
    {
        if (!string.IsNullOrWhiteSpace(line))
            entry.Lines.Add(line.Trim());
    }
}
