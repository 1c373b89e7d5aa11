using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Parsing;

/// <summary>
/// A mail server's periodic report (pflogsumm, a reporting job's "Mail delivery report" for the day
/// or week) counts received, delivered, deferred and bounced mail and often lists the addresses that
/// failed. It names failed addresses in a bounce's words but reports no delivery of its own: it
/// returns no message, and it sums many up in a table of counts, which a notice about one message
/// has no use for.
/// </summary>
internal static class DeliveryStatistics
{
    // A label and a count: "Messages received:   12,418", "Failed   342   0.4 %", or pflogsumm's "   3418   received".
    // A count first is not an SMTP reply ("550 User unknown").
    private static readonly Regex CountLine = TextPatterns.Create(
        @"^[ \t]*(?:(?<label>[a-z][a-z ()/'-]{1,40}?):?[ \t]+\d{1,3}(?:[,.]?\d{3})*(?:[ \t]+\d{1,3}(?:[.,]\d+)?[ \t]*%)?" +
        @"|(?![2-5]\d\d\b)\d{1,3}(?:[,.]?\d{3})*[ \t]+(?<label>[a-z][a-z ()-]{1,40}))[ \t]*$");

    // Notices repeat their fields per recipient ("Error-Code: 3"); a table counts different things.
    private const int TableRows = 3;

    public static bool Is(BounceMessage message) =>
        message.Message.Body?.ContentType.IsMimeType("multipart", "report") != true &&
        OriginalMessage.ReturnedPart(message) == null &&
        HasCountTable(BodyLines.OfNotice(message));

    private static bool HasCountTable(BodyLines lines)
    {
        var labels = new HashSet<string>();
        for (var i = 0; i < lines.Count && !OriginalMessage.IsQuotedHeaderLine(lines[i]); i++)
        {
            if (!MayCount(lines[i]))
                continue;
            var count = CountLine.SafeMatch(lines[i]);
            if (count.Success && labels.Add(count.Groups["label"].Value.Trim().ToLowerInvariant()) && labels.Count >= TableRows)
                return true;
        }
        return false;
    }

    // What CountLine can match: a count at the end of the line (or a percentage), or at its start.
    private static bool MayCount(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length > 0 && (IsDigit(text[0]) || IsDigit(text[text.Length - 1]) || text[text.Length - 1] == '%');
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
