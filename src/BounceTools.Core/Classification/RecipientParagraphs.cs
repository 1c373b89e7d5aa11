using System;
using System.Collections.Generic;

namespace BounceTools.Classification;

/// <summary>
/// The paragraphs (runs of lines between blank lines) of a report's human-readable text that
/// mention one recipient: MTAs explain each recipient's failure, or quote the session
/// transcript, in such a paragraph.
/// </summary>
public static class RecipientParagraphs
{
    private const int Limit = 1000;

    // Bounds the work on a body that repeats an address thousands of times.
    private const int MaxParagraphs = 10;

    public static IEnumerable<string> Of(string? body, string recipient)
    {
        if (string.IsNullOrEmpty(body) || recipient.Length == 0)
            yield break;
        var text = body!.Replace("\r\n", "\n");
        var paragraphs = 0;
        for (var at = text.IndexOf(recipient, StringComparison.OrdinalIgnoreCase); at >= 0 && paragraphs++ < MaxParagraphs;
             at = text.IndexOf(recipient, at + recipient.Length, StringComparison.OrdinalIgnoreCase))
        {
            var from = text.LastIndexOf("\n\n", at, Math.Min(at + 1, Limit), StringComparison.Ordinal);
            from = from < 0 ? Math.Max(0, at - Limit) : from + 2;
            var to = text.IndexOf("\n\n", at, Math.Min(text.Length - at, Limit), StringComparison.Ordinal);
            to = to < 0 ? Math.Min(text.Length, at + Limit) : to;
            yield return text.Substring(from, to - from);
            at = Math.Max(at, to - recipient.Length);
        }
    }
}
