using System;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// Finds the SMTP command a failure answered, from the wording MTAs use around the remote reply:
/// "(in reply to RCPT TO command)", "SMTP error from remote mail server after end of data",
/// "while sending MAIL FROM", "lost connection ... while receiving the initial server greeting",
/// or a session transcript ("&gt;&gt;&gt; DATA" then "&lt;&lt;&lt; 550 ...").
/// </summary>
public static class SmtpCommandFinder
{
    private const string Command =
        @"(?<cmd>RCPT\s+TO|MAIL\s+FROM|end\s+of\s+data|DATA|message\s+(?:body|content)|HELO|EHLO|LHLO|STARTTLS|AUTH|" +
        @"initial\s+connection|(?:receiving\s+)?(?:the\s+)?(?:initial\s+)?(?:server\s+)?greeting|connect(?:ion)?)\b";

    private static readonly Regex Phrase = new(
        @"\b(?:in\s+reply\s+to|after|while\s+sending|while\s+receiving)\s+(?:the\s+)?(?:pipelined\s+)?" + Command,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    // A command sent by the reporting MTA whose reply (the next "<<<" line) is an error.
    private static readonly Regex Transcript = new(
        @"^\s*>>>\s*(?<cmd>RCPT|MAIL|DATA|HELO|EHLO|LHLO|STARTTLS|AUTH)\b[^\n]*\n(?:(?!\s*(?:>>>|<<<))[^\n]*\n){0,3}\s*<<<\s*[45]\d\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, StatusCodes.RegexTimeout);

    private const int ParagraphLimit = 1000;

    // Bounds the work on a body that repeats an address thousands of times.
    private const int MaxParagraphs = 10;

    /// <summary>The command named in a piece of server or MTA text, or empty.</summary>
    public static string FromText(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            var match = Phrase.Match(text);
            if (match.Success)
                return Normalize(match.Groups["cmd"].Value);

            // The last command of a transcript is the one the session stopped at.
            var last = string.Empty;
            for (var m = Transcript.Match(text!.Replace("\r\n", "\n")); m.Success; m = m.NextMatch())
                last = m.Groups["cmd"].Value;
            return Normalize(last);
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// The command named in a paragraph of a report's body text (lines between blank lines)
    /// that mentions <paramref name="recipient"/>: MTAs explain each recipient's failure, or
    /// quote the session transcript, in such a paragraph.
    /// </summary>
    public static string FromParagraph(string? body, string recipient)
    {
        if (string.IsNullOrEmpty(body) || recipient.Length == 0)
            return string.Empty;
        var text = body!.Replace("\r\n", "\n");
        var at = text.IndexOf(recipient, StringComparison.OrdinalIgnoreCase);
        for (var examined = 0; at >= 0 && examined < MaxParagraphs; examined++)
        {
            var from = text.LastIndexOf("\n\n", at, Math.Min(at + 1, ParagraphLimit), StringComparison.Ordinal);
            from = from < 0 ? Math.Max(0, at - ParagraphLimit) : from + 2;
            var to = text.IndexOf("\n\n", at, Math.Min(text.Length - at, ParagraphLimit), StringComparison.Ordinal);
            to = to < 0 ? Math.Min(text.Length, at + ParagraphLimit) : to;
            var command = FromText(text.Substring(from, to - from));
            if (command.Length > 0)
                return command;
            at = text.IndexOf(recipient, Math.Max(to, at + recipient.Length), StringComparison.OrdinalIgnoreCase);
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
