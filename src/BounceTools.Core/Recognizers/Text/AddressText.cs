using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Text;

/// <summary>Finds mail addresses in free text: "&lt;user@example.org&gt;", bare addresses and quoted local parts.</summary>
internal static class AddressText
{
    // A local part is either a quoted string or dot-atom-ish text; the domain is labels or an address literal.
    internal const string Address = @"(?:""[^""\r\n]{1,128}""|[\w!#$%&'*+/=?^`{|}~.\-]{1,128})@(?:\[[\d.:a-fA-F]{2,64}\]|[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,10})";

    private static readonly Regex AnyAddress = new CoreRegex(
        @"(?<![\w.\-+])(?<address>" + Address + ")",
        RegexOptions.CultureInvariant);

    // A line that opens with an address: "<a@b>", "a@b:", "<a@b>: text", "<a@b> (expanded from ...)", "a@b - text", "*** a@b".
    private static readonly Regex LeadingAddress = new CoreRegex(
        @"^\s*(?:[*•]+\s+)?(?:""?<(?<address>" + Address + @")>""?|(?<address>(?>" + Address + @")))\.?\s*(?<rest>(?::|\(|\.\.\.|-\s).*)?$",
        RegexOptions.CultureInvariant);

    // A local part alone on its line, as servers name their own mailboxes: "jdoe", "<jdoe>", "<jdoe>... User unknown".
    private static readonly Regex LeadingLocalPart = new CoreRegex(
        @"^\s*(?:<(?<local>" + LocalPart + @")>|(?<local>" + LocalPart + @"))(?:\.\.\.\s*(?<rest>.*?))?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>A mailbox name without quotes or dots at its ends.</summary>
    internal const string LocalPart = @"[A-Za-z0-9](?:[\w.+=\-]{0,62}[\w+=\-])?";

    /// <summary>The first address in <paramref name="text"/>, lower-cased, or empty.</summary>
    public static string Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            var match = AnyAddress.Tiered().Match(text);
            return match.Success ? Clean(match.Groups["address"].Value) : string.Empty;
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// The addresses in <paramref name="text"/> whose local part is <paramref name="localPart"/> (case-insensitively),
    /// lower-cased, each once, in order.
    /// </summary>
    public static List<string> WithLocalPart(string text, string localPart)
    {
        var found = new List<string>();
        if (text.IndexOf(localPart + "@", StringComparison.OrdinalIgnoreCase) < 0)
            return found;
        try
        {
            for (var match = AnyAddress.Tiered().Match(text); match.Success; match = match.NextMatch())
            {
                var address = Clean(match.Groups["address"].Value);
                var at = address.LastIndexOf('@');
                if (at == localPart.Length && string.Compare(address, 0, localPart, 0, at, StringComparison.OrdinalIgnoreCase) == 0 && !found.Contains(address))
                    found.Add(address);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // What was found before the timeout stands.
        }
        return found;
    }

    /// <summary>
    /// True when <paramref name="line"/> starts with an address that is alone or followed only by
    /// ':' and text, or by a parenthesised note. <paramref name="rest"/> is what follows the colon.
    /// </summary>
    public static bool TryReadLeading(string line, out string address, out string rest)
    {
        address = string.Empty;
        rest = string.Empty;
        if (line.IndexOf('@') < 0)
            return false;
        try
        {
            var match = LeadingAddress.Tiered().Match(line);
            if (!match.Success)
                return false;
            address = Clean(match.Groups["address"].Value);
            rest = AfterColon(match.Groups["rest"].Value);
            return address.Length > 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="line"/> holds nothing but a local part (see <see cref="LeadingLocalPart"/>);
    /// only a list that names the server's own mailboxes may be read so. <paramref name="rest"/> is the text after "...".
    /// </summary>
    public static bool TryReadLocalPart(string line, out string localPart, out string rest)
    {
        localPart = string.Empty;
        rest = string.Empty;
        if (line.IndexOf('@') >= 0)
            return false;
        try
        {
            var match = LeadingLocalPart.Tiered().Match(line);
            if (!match.Success)
                return false;
            localPart = AddressField.Normalize(match.Groups["local"].Value);
            rest = match.Groups["rest"].Value.Trim();
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static readonly string[] ExpansionNotes = { "(expanded from", "(generated from", "(ultimately generated from" };

    /// <summary>
    /// The alias an address was expanded from when <paramref name="text"/> carries the note, as Postfix
    /// ("&lt;a@b&gt; (expanded from &lt;alias@b&gt;): ..."), Sendmail ("(expanded from: alias@b)") and Exim
    /// ("(generated from alias@b)", "(ultimately generated from alias@b)") write it; else empty.
    /// </summary>
    public static string ExpandedFrom(string text)
    {
        for (var at = text.IndexOf('('); at >= 0; at = text.IndexOf('(', at + 1))
            foreach (var note in ExpansionNotes)
                if (string.Compare(text, at, note, 0, note.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    return Find(text.Substring(at + note.Length));
        return string.Empty;
    }

    private static string AfterColon(string rest)
    {
        rest = rest.Trim();
        if (rest.StartsWith("(", StringComparison.Ordinal))
        {
            // "(expanded from <alias@example.org>): text": skip the note.
            var close = rest.IndexOf("):", StringComparison.Ordinal);
            return close < 0 ? string.Empty : rest.Substring(close + 2).Trim();
        }
        return rest.TrimStart(':', '.', '-').Trim();
    }

    private static string Clean(string address) => AddressField.Normalize(address.TrimEnd('.'));
}
