using System;
using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// The sentences qmail-remote writes around a server's answer ("Connected to 192.0.2.1 but sender was
/// rejected.", "192.0.2.1 failed after I sent the message.", "Remote host said: 550 ...", "Giving up on
/// 192.0.2.1."), which qmail and the providers that run on it keep, sometimes with a label of their own
/// ("Remote host said[Response Message]:").
/// </summary>
internal static class QmailWording
{
    private static readonly Regex RemoteSaid = TextPatterns.Create(@"Remote host said(?:\s*\[[^\]\r\n]{0,40}\])?\s*:");
    private static readonly Regex MostProgress = TextPatterns.Create(@"\bmost progress was (HELO|EHLO|MAIL|RCPT|DATA)\b");
    private static readonly string[] Trailers = { "Giving up on ", "I'm not going to try again" };

    /// <summary>
    /// The server's answer, which explains the failure; qmail's own sentences around it only say at which
    /// stage it came and that the queue lifetime ran out. The whole text when it quotes no answer.
    /// </summary>
    public static string RemoteAnswer(string text)
    {
        var said = RemoteSaid.SafeMatch(text);
        var answer = said.Success ? text.Substring(said.Index + said.Length) : text;
        foreach (var trailer in Trailers)
        {
            var cut = answer.IndexOf(trailer, StringComparison.OrdinalIgnoreCase);
            if (cut > 0)
                answer = answer.Substring(0, cut);
        }
        return answer.Trim();
    }

    /// <summary>
    /// qmail-remote states the stage of the failure in words rather than naming the command; the
    /// fallback patch sums up "Sorry, no SMTP connection got far enough; most progress was RCPT TO ...".
    /// </summary>
    public static string Command(string text)
    {
        if (MostProgress.SafeMatch(text) is { Success: true } progress)
            return progress.Groups[1].Value.ToUpperInvariant();
        if (Contains(text, "does not like recipient"))
            return "RCPT";
        if (Contains(text, "sender was rejected"))
            return "MAIL";
        if (Contains(text, "my name was rejected"))
            return "HELO";
        if (Contains(text, "but greeting failed"))
            return "CONN";
        if (Contains(text, "failed after I sent the message") || Contains(text, "failed on DATA command"))
            return "DATA";
        return string.Empty;
    }

    private static bool Contains(string text, string phrase) => text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0;
}
