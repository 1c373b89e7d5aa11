using System.Text.RegularExpressions;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Finds the SMTP command a failure happened at, as notices word it ("after RCPT TO",
/// "in reply to end of DATA command", "[RCPT_TO]", ">>> DATA"), and names it by its verb.
/// </summary>
internal static class SmtpCommandText
{
    private static readonly Regex Command = TextPatterns.Create(
        @"(?:\b(?:after|in reply to|during|for)\s+(?:end of\s+)?|\[|>>>\s*|^\s*)(?<verb>RCPT[ _]TO|MAIL[ _]FROM|DATA|HELO|EHLO|STARTTLS|CONNECT)\b");

    public static string Find(string text)
    {
        var match = Command.SafeMatch(text);
        if (!match.Success)
            return string.Empty;
        var verb = match.Groups["verb"].Value.ToUpperInvariant();
        return verb.Length > 4 && verb != "STARTTLS" && verb != "CONNECT" ? verb.Substring(0, 4) : verb;
    }
}
