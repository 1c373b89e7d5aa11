using System;
using System.Linq;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Whether a person wrote the message in a mail program: it names itself in User-Agent (which mail
/// servers do not set on their notices) or in an X-Mailer of a desktop, mobile or web client, or
/// Gmail's composer gave it its Message-ID ("&lt;CA...@mail.gmail.com&gt;"; Gmail's own notices come from mx.google.com),
/// or, whatever the headers say, the writer signed it with the first name of the sender's display name.
/// </summary>
internal static class MailClient
{
    private static readonly Regex ClientMailer = TextPatterns.Create(
        @"^\s*(?:Microsoft (?:Office )?Outlook|Microsoft Windows (?:Live )?Mail|Apple Mail|iPhone Mail|iPad Mail|Mozilla|Thunderbird|Evolution|KMail|Mutt|Claws Mail|Sylpheed|Alpine|Roundcube|SquirrelMail|Horde|eM Client|The Bat!|Postbox|Mailbird|Airmail|Spark|YahooMailWebService|Gmail|Zimbra Web Client|Open-Xchange Mailer|RainLoop|SnappyMail|SOGo Mail)");

    // How far from the end of the writer's own words a sign-off may stand: "Thanks,", the name, a phone number.
    private const int SignOffLines = 4;

    public static bool Wrote(BounceMessage message) =>
        message.Header("User-Agent") != null || ClientMailer.SafeIsMatch(message.Header("X-Mailer") ?? string.Empty) ||
        (message.Header("Message-ID") ?? string.Empty).TrimEnd().EndsWith("@mail.gmail.com>", StringComparison.OrdinalIgnoreCase) ||
        NoticeHeaders.FromNameIs(message, name => IsSignedBy(BodyLines.OfNotice(message), FirstName(name)));

    // "Kim Lee" and "Lee, Kim" sign as "Kim"; a one-word name ("Postmaster", "Helpdesk") is no person's.
    private static string FirstName(string displayName)
    {
        var name = displayName.Trim().Trim('"', '\'');
        var comma = name.IndexOf(',');
        if (comma > 0)
            name = name.Substring(comma + 1).Trim();
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].Length >= 2 && words[0].All(char.IsLetter) ? words[0] : string.Empty;
    }

    // The writer's own words end where a quote, a forwarded message or a signature ("-- ") starts.
    private static bool IsSignedBy(BodyLines lines, string firstName)
    {
        if (firstName.Length == 0)
            return false;
        var seen = 0;
        var end = 0;
        while (end < lines.Count && !IsQuoteStart(lines[end]))
            end++;
        for (var i = end - 1; i >= 0 && seen < SignOffLines; i--)
        {
            var line = lines[i].Trim().TrimEnd('.', ',', '!');
            if (line.Length == 0)
                continue;
            if (line.Equals(firstName, StringComparison.OrdinalIgnoreCase))
                return true;
            seen++;
        }
        return false;
    }

    private static bool IsQuoteStart(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith(">", StringComparison.Ordinal) || text.StartsWith("---", StringComparison.Ordinal) ||
               text.StartsWith("___", StringComparison.Ordinal) || BodyLines.IsSignatureSeparator(text);
    }
}
