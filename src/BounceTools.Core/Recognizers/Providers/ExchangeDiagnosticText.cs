using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// The "Diagnostic information for administrators" section of an Exchange 2007+ notice, in any
/// language: each failed address alone on a line, followed by the failure as Exchange words it,
/// "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##" (2007) or "Remote Server returned
/// '550 5.1.1 ...'" (2010 and later). Read when a notice comes without its delivery-status part.
/// </summary>
internal static class ExchangeDiagnosticText
{
    private static readonly Regex AddressLine = TextPatterns.Create(@"^\s*(?<address>" + TextPatterns.Address + @")(?:<mailto:[^>]*>)?\s*$");
    private static readonly Regex Failure = TextPatterns.Create(
        @"^\s*(?:#(?<text>[245]\d\d[ \-][245]\.\d{1,3}\.\d{1,3}\b.*?)\s*##|.*\breturned '(?<text>[245]\d\d[ \-][^']*)')");

    public static List<AddressEntry> Read(string text)
    {
        var entries = new List<AddressEntry>();
        string? address = null;
        foreach (var line in TextLines.Split(text))
        {
            var named = AddressLine.SafeMatch(line);
            if (named.Success)
            {
                address = AddressField.Normalize(named.Groups["address"].Value);
                continue;
            }
            var failure = Failure.SafeMatch(line);
            if (!failure.Success || address == null)
                continue;
            var entry = new AddressEntry(address);
            NoticeScanner.SetText(entry, failure.Groups["text"].Value);
            entries.Add(entry);
            address = null;
        }
        return entries;
    }
}
