using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A message forwarded inline, as mail clients write it: a divider ("---------- Forwarded message
/// ---------" in Gmail, "-------- Forwarded Message --------" in Thunderbird, "Begin forwarded
/// message:" in Apple Mail, "-----Original Message-----" in Outlook), the forwarded message's From,
/// Date (Outlook: Sent), Subject and To, then its text. That text is read as the message it was.
/// </summary>
internal static class InlineForward
{
    private static readonly Regex Divider = TextPatterns.Create(
        @"^[ \t>]*(?:-{5,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{5,}|Begin forwarded message:)[ \t]*\r?$");

    private static readonly Regex Field = TextPatterns.Create(@"^[ \t>]*(?<name>From|Sent|Date|Subject|To|Cc)[ \t]*:[ \t]*(?<value>.*?)[ \t]*\r?$");

    /// <summary>The message forwarded inline in <paramref name="message"/>'s text, read once per message.</summary>
    public static MimeMessage? Of(BounceMessage message) => message.Memo("InlineForward", m => Extract(m.BodyText));

    /// <summary>
    /// As <see cref="Of"/>, through forwards of forwards ("FW: FW: Undelivered Mail Returned to Sender"):
    /// the message forwarded innermost, read once per message (both the check for a person's forward and
    /// the reading of a forwarded notice ask for it).
    /// </summary>
    public static MimeMessage? Innermost(BounceMessage message) => message.Memo("InlineForward.Innermost", Deepest);

    private static MimeMessage? Deepest(BounceMessage message)
    {
        var forwarded = Of(message);
        for (var level = 1; level < MaxForwards && forwarded != null && ForwardedNotice.IsForward(forwarded.Subject ?? string.Empty) &&
                            Of(new BounceMessage(forwarded)) is { } deeper; level++)
            forwarded = deeper;
        return forwarded;
    }

    private const int MaxForwards = 4;

    /// <summary>The forwarded message below the divider in <paramref name="text"/>, or null when there is none or it names no sender.</summary>
    private static MimeMessage? Extract(string text)
    {
        var divider = Divider.SafeMatch(text);
        if (!divider.Success)
            return null;
        var lines = text.Substring(divider.Index + divider.Length).Split('\n');
        var at = 0;
        while (at < lines.Length && string.IsNullOrWhiteSpace(lines[at]))
            at++;
        var headers = new StringBuilder();
        var hasSender = false;
        for (; at < lines.Length && Field.SafeMatch(lines[at]) is { Success: true } field; at++)
        {
            var name = field.Groups["name"].Value;
            hasSender |= name.Equals("From", StringComparison.OrdinalIgnoreCase);
            headers.Append(name.Equals("Sent", StringComparison.OrdinalIgnoreCase) ? "Date" : name)
                .Append(": ").Append(field.Groups["value"].Value).Append('\n');
        }
        if (!hasSender)
            return null;
        var message = headers.Append("Content-Type: text/plain; charset=utf-8\n\n").Append(string.Join("\n", lines, at, lines.Length - at));
        return MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(message.ToString())));
    }
}
