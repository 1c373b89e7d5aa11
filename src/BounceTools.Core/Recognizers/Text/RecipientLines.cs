using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Recipient lines that dress the address up, as Windows and commercial servers write them:
/// labelled ("Failed Recipient: a", "Intended recipient: a", "Recipient: [SMTP:a]", "(Originally
/// addressed to a)"), bulleted ("-- a", "&gt; a"), quoted ("\"a\"") or under a display name
/// ("\"Name\" &lt;a&gt;"). The lines below one, up to a blank line, say what happened; when none
/// follow directly, the next paragraph does ("a" / blank / "has been postponed due to a full mailbox.").
/// </summary>
internal static class RecipientLines
{
    private static readonly Regex Line = new(
        @"^\s*(?:--?|\*|>)?\s*\(?" +
        @"(?:(?<label>(?:failed|intended|undeliverable|unknown|invalid|rejected)\s+recipient(?:\(s\)|s)?\s*:|originally addressed to)|recipient(?:\(s\)|s)?\s*:)?\s*" +
        @"(?:""[^""<>\r\n]{0,128}""\s*(?=<))?\[?(?:SMTP:)?""?<?(?<address>" + AddressText.Address + @")>?""?\]?\)?[.;,]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>
    /// Reads entries from line <paramref name="start"/> until a line <paramref name="isEnd"/> accepts.
    /// With <paramref name="labelOnly"/>, only lines whose label says the delivery failed ("Failed Recipient:",
    /// not a bare "Recipient:") name recipients: text with no list heading may be a delivery receipt.
    /// </summary>
    public static List<AddressEntry> Read(BodyLines lines, int start, Func<string, bool> isEnd, bool labelOnly)
    {
        var entries = new List<AddressEntry>();
        AddressEntry? current = null;
        for (var i = Math.Max(start, 0); i < lines.Count && !isEnd(lines[i]); i++)
        {
            var line = lines[i];
            var address = line.IndexOf('@') < 0 ? string.Empty : RecipientOf(line, labelOnly);
            if (address.Length > 0)
            {
                current = new AddressEntry(address);
                entries.Add(current);
                continue;
            }
            var text = line.Trim();
            if (text.Length == 0)
            {
                if (current != null && current.Lines.Count > 0)
                    current = null;
                continue;
            }
            current?.Lines.Add(text);
        }
        return entries;
    }

    private static string RecipientOf(string line, bool labelOnly)
    {
        try
        {
            var match = Line.Match(line);
            return match.Success && (!labelOnly || match.Groups["label"].Success) ? AddressText.Find(match.Groups["address"].Value) : string.Empty;
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }
}
