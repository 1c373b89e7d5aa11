using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Whether a person wrote the message in a mail program: it names itself in User-Agent (which mail
/// servers do not set on their notices) or in an X-Mailer of a desktop, mobile or web client, or
/// Gmail's composer gave it its Message-ID ("&lt;CA...@mail.gmail.com&gt;"; Gmail's own notices come from mx.google.com).
/// </summary>
internal static class MailClient
{
    private static readonly Regex ClientMailer = TextPatterns.Create(
        @"^\s*(?:Microsoft (?:Office )?Outlook|Microsoft Windows (?:Live )?Mail|Apple Mail|iPhone Mail|iPad Mail|Mozilla|Thunderbird|Evolution|KMail|Mutt|Claws Mail|Sylpheed|Alpine|Roundcube|SquirrelMail|Horde|eM Client|The Bat!|Postbox|Mailbird|Airmail|Spark|YahooMailWebService|Gmail|Zimbra Web Client)");

    public static bool Wrote(BounceMessage message) =>
        message.Header("User-Agent") != null || ClientMailer.SafeIsMatch(message.Header("X-Mailer") ?? string.Empty) ||
        (message.Header("Message-ID") ?? string.Empty).TrimEnd().EndsWith("@mail.gmail.com>", System.StringComparison.OrdinalIgnoreCase);
}
