using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Recipient lines that dress the address up, as Windows and commercial servers write them:
/// labelled ("Failed Recipient: a", "Intended recipient: a", "Recipient: [SMTP:a]", "(Originally
/// addressed to a)", "Delivery failed: a", "Undeliverable to a", "Unknown user: a", "Mailbox is full: a"), bulleted ("-- a", "&gt; a"), quoted ("\"a\"") or under a display name
/// ("\"Name\" &lt;a&gt;"). The lines below one, up to a blank line, say what happened; when none
/// follow directly, the next paragraph does ("a" / blank / "has been postponed due to a full mailbox.").
/// </summary>
internal static class RecipientLines
{
    private static readonly Regex Line = new CoreRegex(
        @"^\s*(?:--?|\*|>)?\s*\(?" +
        @"(?:(?<label>(?:failed|intended|undeliverable|unknown|invalid|rejected)\s+recipient(?:\(s\)|s)?\s*:|originally addressed to|" +
        @"(?:delivery failed|error-for|undeliverable address)\s*:|(?:failed to deliver|undeliverable) to|(?<says>unknown user|user unknown|mailbox is full)\s*:)|recipient(?:\(s\)|s)?\s*:)?\s*" +
        @"(?:""[^""<>\r\n]{0,128}""\s*(?=<))?\[?(?:SMTP:)?[""']?<?(?<address>" + AddressText.Address + @")>?[""']?\]?\)?[.;,]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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
            var (address, says) = line.IndexOf('@') < 0 ? (string.Empty, string.Empty) : RecipientOf(line, labelOnly);
            if (address.Length > 0)
            {
                current = new AddressEntry(address);
                if (says.Length > 0)
                    current.Lines.Add(says);
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

    // The address, and the reason when the label itself states it ("Unknown user: a", "Mailbox is full: a").
    private static (string Address, string Says) RecipientOf(string line, bool labelOnly)
    {
        try
        {
            var match = Line.Tiered().Match(line);
            return match.Success && (!labelOnly || match.Groups["label"].Success)
                ? (AddressText.Find(match.Groups["address"].Value), match.Groups["says"].Value)
                : (string.Empty, string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            return (string.Empty, string.Empty);
        }
    }
}
