using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Qmail-Scanner's notice to the sender of a message it stopped (a virus, a banned attachment):
/// "A virus was found in an Email message you sent.", the verdict indented under "The virus was
/// reported to be:" (or "The policy block reported was:"), and the envelope it stopped,
/// "MAIL FROM: ..." over one "RCPT TO: a@example.org" line per recipient. Every recipient shares the verdict.
/// </summary>
internal sealed class QmailScannerRecognizer : IFormatRecognizer
{
    private const string EnvelopeIntro = "Your message was sent with the following envelope:";

    private static readonly NoticeLayout Envelope = new(
        TextPatterns.Create(@"^\s*" + Regex.Escape(EnvelopeIntro)),
        TextPatterns.Create(@"^\s*RCPT TO:\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        TextPatterns.Create(@"^\s*\.\.\. and with the following headers:|^\s*-{3}\s*$"));

    private static readonly Regex Verdict = TextPatterns.Create(@"^\s*The (?:virus was|policy block) reported (?:to be|was):\s*$");

    public string Format => "QmailScanner";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = message.BodyText;
        if (text.IndexOf(EnvelopeIntro, StringComparison.Ordinal) < 0 || !NoticeSender.IsMailSystem(message) && message.Header("X-Qmail-Scanner-Message-ID") == null)
            return false;
        var entries = NoticeScanner.Scan(text, Envelope);
        var said = WhatWasFound(BodyLines.OfNotice(message));
        foreach (var entry in entries)
            NoticeScanner.SetText(entry, said);
        return NoticeScanner.Read(message, draft, entries);
    }

    /// <summary>The notice's first paragraph after "Attention: sender", then the verdict under its heading.</summary>
    private static string WhatWasFound(BodyLines lines)
    {
        var first = string.Empty;
        for (var i = 0; i < lines.Count; i++)
        {
            if (first.Length == 0 && !string.IsNullOrWhiteSpace(lines[i]) && !lines[i].TrimStart().StartsWith("Attention:", StringComparison.OrdinalIgnoreCase))
                first = lines.Paragraph(i);
            if (!Verdict.SafeIsMatch(lines[i]))
                continue;
            var next = i + 1;
            while (next < lines.Count && string.IsNullOrWhiteSpace(lines[next]))
                next++;
            return next < lines.Count ? first + " " + lines[next].Trim() : first;
        }
        return first;
    }
}
