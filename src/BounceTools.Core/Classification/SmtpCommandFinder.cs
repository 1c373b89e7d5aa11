using System;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// Finds the SMTP command a failure answered, from the wording MTAs use around the remote reply:
/// "(in reply to RCPT TO command)", "SMTP error from remote mail server after end of data",
/// "while sending MAIL FROM", "lost connection ... while receiving the initial server greeting",
/// "host mx.example.org[192.0.2.1] refused to talk to me: 554 ..." (Postfix, when the server's
/// greeting is a refusal), or a session transcript ("&gt;&gt;&gt; DATA" then "&lt;&lt;&lt; 550 ...").
/// </summary>
public static class SmtpCommandFinder
{
    private const string Command =
        @"(?<cmd>RCPT\s+TO|MAIL\s+FROM|end\s+of\s+data|DATA|message\s+(?:body|content)|HELO|EHLO|LHLO|STARTTLS|AUTH|" +
        @"initial\s+connection|(?:receiving\s+)?(?:the\s+)?(?:initial\s+)?(?:server\s+)?greeting|connect(?:ion)?)\b";

    private static readonly Regex Phrase = new CoreRegex(
        @"\b(?:in\s+reply\s+to|after|while\s+sending|while\s+receiving)\s+(?:the\s+)?(?:pipelined\s+)?" + Command,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A command sent by the reporting MTA whose reply (the next "<<<" line) is an error.
    private static readonly Regex Transcript = new CoreRegex(
        @"^\s*>>>\s*(?<cmd>RCPT|MAIL|DATA|HELO|EHLO|LHLO|STARTTLS|AUTH)\b[^\n]*\n(?:(?!\s*(?:>>>|<<<))[^\n]*\n){0,3}\s*<<<\s*[45]\d\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // Postfix, when the server's greeting is a refusal: "host mx.example.org[192.0.2.1] refused to talk to me: 554 ...",
    // often folded after "refused to" or "talk to".
    private static readonly Regex RefusedGreeting = new CoreRegex(
        @"\brefused\s+to\s+talk\s+to\s+me\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly LiteralGate PhraseWords = new(Phrase);
    private static readonly LiteralGate TranscriptWords = new(Transcript);

    /// <summary>The command named in a piece of server or MTA text, or empty.</summary>
    public static string FromText(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            var match = PhraseWords.MayMatch(text!) ? Phrase.Tiered().Match(text) : Match.Empty;
            if (match.Success)
                return Normalize(match.Groups["cmd"].Value);
            if (text!.IndexOf("talk", StringComparison.OrdinalIgnoreCase) >= 0 && RefusedGreeting.Tiered().IsMatch(text))
                return "CONN";
            if (!TranscriptWords.MayMatch(text!))
                return string.Empty;

            // The last command of a transcript is the one the session stopped at.
            var last = string.Empty;
            for (var m = Transcript.Tiered().Match(text!.Replace("\r\n", "\n")); m.Success; m = m.NextMatch())
                last = m.Groups["cmd"].Value;
            return Normalize(last);
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }

    /// <summary>The command named in a paragraph of a report's text about <paramref name="recipient"/>.</summary>
    public static string FromParagraph(string? body, string recipient)
    {
        foreach (var paragraph in RecipientParagraphs.Of(body, recipient))
        {
            var command = FromText(paragraph);
            if (command.Length > 0)
                return command;
        }
        return string.Empty;
    }

    private static string Normalize(string command)
    {
        var word = Regex.Replace(command.Trim(), @"\s+", " ").ToUpperInvariant();
        switch (word)
        {
            case "":
                return string.Empty;
            case "RCPT TO":
                return "RCPT";
            case "MAIL FROM":
                return "MAIL";
            case "END OF DATA":
            case "MESSAGE BODY":
            case "MESSAGE CONTENT":
                return "DATA";
        }
        if (word.EndsWith("GREETING", StringComparison.Ordinal) || word.StartsWith("CONNECT", StringComparison.Ordinal) || word == "INITIAL CONNECTION")
            return "CONN";
        return word;
    }
}
