using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// A list of "user@example.org (reason)" or "user@example.org [reason]" lines, one recipient per line,
/// as GroupWise and several Japanese gateways write it; GroupWise may name its own users by local part ("jdoe (user not found)").
/// </summary>
internal static class AnnotatedAddressList
{
    private static readonly Regex Entry = new(
        @"^\s*<?(?<address>[^\s<>()\[\]]{1,128}@[^\s<>()\[\]]{1,255}?)>?\s*(?:\((?<note>[^)]{1,500})\)|\[(?<note>[^\]]{1,500})\])\s*$",
        RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    // "jdoe (user not found)": a server naming its own mailbox by its local part (completed later from the returned message).
    private static readonly Regex LocalEntry = new(
        @"^\s*<?(?<address>" + AddressText.LocalPart + @")>?\s*\((?<note>[^)]{1,500})\)\s*$",
        RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>
    /// Reads the entries that follow line <paramref name="start"/>: blank lines before the first are
    /// skipped, and the list ends at the first line of another shape.
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
            if (entry == null)
                break;
            entries.Add(entry);
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
            entry.Lines.Add(match.Groups["note"].Value.Trim());
            return entry.Address.Length > 0 ? entry : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
