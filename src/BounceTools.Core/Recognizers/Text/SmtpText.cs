using System;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Recognizers.Text;

/// <summary>Reads the SMTP command and the remote host that MTAs name in their failure text.</summary>
internal static class SmtpText
{
    // "in reply to RCPT TO command", "after RCPT TO:<...>", "did not like our RCPT TO", "after end of data",
    // ">>> DATA", "lost connection with ... while sending RCPT TO", "timed out while receiving the initial server greeting",
    // "SMTP:RCPT host 192.0.2.1: 553 ...".
    private static readonly Regex Command = new CoreRegex(
        @"(?:(?:in reply to|after|our|>>>|failed on|during|at|while sending|while receiving|while performing)\s+(?:the\s+|final\s+)?|\bSMTP:)(?<command>end of data|end of (?:the )?DATA|RCPT TO|MAIL FROM|DATA|HELO|EHLO|STARTTLS|AUTH|RCPT|MAIL|CONNECT|initial (?:server )?(?:connection|greeting)|greeting|banner)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "host mx.example.org[192.0.2.1] said:", "host mx.example.org [192.0.2.1]:", "while talking to mx.example.org.:".
    private static readonly Regex Host = new CoreRegex(
        @"(?:\bhost\s+|while talking to\s+|connecting to\s+)(?<host>[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,10}[A-Za-z]{2,63})\.?(?=[\s\[:(,]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // How each command of the pattern starts; it follows a blank or "SMTP:" and, but for the two
    // that go on in words, ends its word. Most texts only say "mailbox" or "e-mail".
    private static readonly string[] CommandStarts = { "rcpt", "mail", "data", "helo", "ehlo", "starttls", "auth", "connect", "greeting", "banner" };
    private static readonly string[] PhraseStarts = { "end of", "initial" };

    private static readonly LiteralGate HostWords = new(Host);

    /// <summary>The command the failure answered ("RCPT", "DATA", "MAIL", "HELO", "EHLO", "CONN", ...), or empty.</summary>
    public static string FindCommand(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            if (!NamesCommand(text!))
                return string.Empty;
            var match = Command.Tiered().Match(text);
            return match.Success ? Normalize(match.Groups["command"].Value) : string.Empty;
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }

    /// <summary>False when no command of <see cref="Command"/> stands in the text where the pattern could take it.</summary>
    private static bool NamesCommand(string text)
    {
        foreach (var start in CommandStarts)
            if (Occurs(text, start, wholeWord: true))
                return true;
        foreach (var start in PhraseStarts)
            if (Occurs(text, start, wholeWord: false))
                return true;
        return false;
    }

    private static bool Occurs(string text, string word, bool wholeWord)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if (at > 0 && (char.IsWhiteSpace(text[at - 1]) || text[at - 1] == ':') &&
                (!wholeWord || end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_')))
                return true;
        }
        return false;
    }

    /// <summary>The remote host named in the text, or empty.</summary>
    public static string FindHost(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            if (!HostWords.MayMatch(text!))
                return string.Empty;
            var match = Host.Tiered().Match(text);
            return match.Success ? match.Groups["host"].Value.ToLowerInvariant() : string.Empty;
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }

    private static string Normalize(string command)
    {
        var upper = command.ToUpperInvariant();
        if (upper.StartsWith("END OF", StringComparison.Ordinal))
            return "DATA";
        if (upper.StartsWith("RCPT", StringComparison.Ordinal))
            return "RCPT";
        if (upper.StartsWith("MAIL", StringComparison.Ordinal))
            return "MAIL";
        if (upper == "CONNECT" || upper.StartsWith("INITIAL", StringComparison.Ordinal) || upper == "GREETING" || upper == "BANNER")
            return "CONN";
        return upper;
    }
}
