using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// A list of "user@example.org (reason)" or "user@example.org [reason]" lines, one recipient per line,
/// as GroupWise and several Japanese gateways write it; GroupWise may name its own users by local part ("jdoe (user not found)").
/// GroupWise may give the remote host instead ("user@example.org (host: mx.example.org) (queue: mx.example.org)")
/// with the reply on the lines indented below it.
/// </summary>
internal static class AnnotatedAddressList
{
    private static readonly Regex Entry = new CoreRegex(
        @"^\s*<?(?<address>[^\s<>()\[\]]{1,128}@[^\s<>()\[\]]{1,255}?)>?(?:\s*(?:\((?<note>[^)]{1,500})\)|\[(?<note>[^\]]{1,500})\])){1,4}\s*$",
        RegexOptions.CultureInvariant);

    // "jdoe (user not found)": a server naming its own mailbox by its local part (completed later from the returned message).
    private static readonly Regex LocalEntry = new CoreRegex(
        @"^\s*<?(?<address>" + AddressText.LocalPart + @")>?\s*\((?<note>[^)]{1,500})\)\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads the entries that follow line <paramref name="start"/>: blank lines before the first are
    /// skipped, a line indented below an entry continues it, and the list ends at the first line of another shape.
    /// </summary>
    public static List<AddressEntry> Read(BodyLines lines, int start, bool localParts = false)
    {
        var entries = new List<AddressEntry>();
        for (var i = start; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                if (entries.Count > 0)
                    break;
                continue;
            }
            var entry = TryRead(Entry, lines[i]) ?? (localParts ? TryRead(LocalEntry, lines[i]) : null);
            if (entry != null)
            {
                entry.Indent = AddressEntries.IndentOf(lines[i]);
                entries.Add(entry);
                continue;
            }
            if (entries.Count == 0 || AddressEntries.IndentOf(lines[i]) <= entries[entries.Count - 1].Indent)
                break;
            entries[entries.Count - 1].Lines.Add(lines[i].Trim());
        }
        return entries;
    }

    // A full address is cleaned up as text finds it; a local part stays as written, for LocalRecipients to complete.
    private static AddressEntry? TryRead(Regex pattern, string line)
    {
        try
        {
            var match = pattern.Tiered().Match(line);
            if (!match.Success)
                return null;
            var address = match.Groups["address"].Value;
            var entry = new AddressEntry(address.IndexOf('@') >= 0 ? AddressText.Find(address) : address);
            foreach (Capture note in match.Groups["note"].Captures)
                entry.Lines.Add(note.Value.Trim());
            return entry.Address.Length > 0 ? entry : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
