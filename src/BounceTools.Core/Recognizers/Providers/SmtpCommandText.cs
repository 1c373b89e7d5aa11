using System.Text.RegularExpressions;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Finds the SMTP command a failure happened at, as notices word it ("after RCPT TO", "after RCPT command",
/// "in reply to end of DATA command", "[RCPT_TO]", ">>> DATA"), and names it by its verb.
/// </summary>
internal static class SmtpCommandText
{
    private const string Verb = @"(?<verb>RCPT(?:[ _]TO)?|MAIL(?:[ _]FROM)?|DATA|HELO|EHLO|STARTTLS|CONNECT)";

    private static readonly Regex InText = TextPatterns.Create(@"(?:\b(?:after|in reply to|during|for)\s+(?:end of\s+)?|\[|>>>\s*)" + Verb + @"\b");
    private static readonly Regex Alone = TextPatterns.Create(@"\A\s*" + Verb + @"\s*\z");

    /// <summary>The verb named in the text, or in a field that holds only a command; empty when none.</summary>
    public static string Find(string text)
    {
        var match = Alone.SafeMatch(text);
        if (!match.Success)
            match = InText.SafeMatch(text);
        if (!match.Success)
            return string.Empty;
        var verb = match.Groups["verb"].Value.ToUpperInvariant();
        return verb.Length > 4 && verb != "STARTTLS" && verb != "CONNECT" ? verb.Substring(0, 4) : verb;
    }
}
