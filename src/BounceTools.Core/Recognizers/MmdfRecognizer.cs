using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// MMDF's notices ("Failed mail (msg.aa12088)", "Waiting mail (msg.aa28290)"). Each address comes
/// with its host and queue, "a@example.org (host: mail.example.org) (queue: smtp)": quoted with the
/// reason it failed ("Your message could not be delivered to '...' for the following reason:
/// '550 5.1.1 ... User unknown'"), or listed under what befell all of them: "After 7 days (168
/// hours), your message could not be fully delivered." (its time ran out), "... has not yet been
/// fully delivered." (a delay). The returned message follows "Your message (begins as) follows:".
/// </summary>
internal sealed class MmdfRecognizer : IFormatRecognizer
{
    private const string QueuedAddress = @"(?<address>" + TextPatterns.Address + @") \(host: [^)\s]*\) \(queue: [^)\s]*\)";

    private static readonly Regex QuotedFailure = TextPatterns.Create(
        @"\bcould not be delivered to '" + QueuedAddress + @"' for the following reason: '(?<reason>.*?)'(?= Your message|\s*$)");

    private static readonly Regex Listed = TextPatterns.Create(QueuedAddress);

    private static readonly Regex Overdue = TextPatterns.Create(
        @"\bAfter \d+ \w+ \([^)]*\), your message (?:could not be fully delivered|(?<waiting>has not yet been fully delivered))\.");

    private static readonly string[] OriginalMarkers = { "Your message follows:", "Your message begins as follows:" };

    public string Format => "MMDF";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.BodyText.IndexOf("(queue: ", StringComparison.Ordinal) < 0)
            return false;
        var lines = BodyLines.OfNotice(message);
        var originalAt = lines.IndexOfAny(OriginalMarkers);
        var notice = TextPatterns.Squeeze(originalAt < 0 ? lines.Join(0) : lines.Join(0, originalAt));

        var entries = new List<AddressEntry>();
        foreach (Match failure in QuotedFailure.SafeMatches(notice))
            entries.Add(Entry(failure.Groups["address"].Value, failure.Groups["reason"].Value));
        var action = "failed";
        if (entries.Count == 0 && Overdue.SafeMatch(notice) is { Success: true } overdue)
        {
            action = overdue.Groups["waiting"].Success ? "delayed" : "failed";
            foreach (Match listed in Listed.SafeMatches(notice))
                entries.Add(Entry(listed.Groups["address"].Value, overdue.Value));
        }
        if (entries.Count == 0)
            return false;
        draft.Original = NoticeReader.OriginalAfter(lines, originalAt);
        return NoticeScanner.Read(message, draft, entries, action);
    }

    private static AddressEntry Entry(string address, string text)
    {
        var entry = new AddressEntry(AddressField.Normalize(address));
        NoticeScanner.SetText(entry, text);
        return entry;
    }
}
