using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>Cheap checks on a notice's headers, done before any body is read.</summary>
internal static class NoticeHeaders
{
    /// <summary>True when the bounce's From address is at the domain or one of its subdomains.</summary>
    public static bool FromDomain(BounceMessage message, string domain)
    {
        var from = message.FromAddress;
        var at = from.LastIndexOf('@');
        if (at < 0)
            return false;
        var hostLength = from.Length - at - 1;
        if (hostLength == domain.Length)
            return string.CompareOrdinal(from, at + 1, domain, 0, domain.Length) == 0;
        return hostLength > domain.Length && from[from.Length - domain.Length - 1] == '.' && from.EndsWith(domain, StringComparison.Ordinal);
    }

    /// <summary>The addresses listed in X-Failed-Recipients (Exim and the providers built on it), each once.</summary>
    public static List<string> FailedRecipients(BounceMessage message)
    {
        var addresses = new List<string>();
        var value = message.Header("X-Failed-Recipients");
        if (string.IsNullOrWhiteSpace(value))
            return addresses;
        foreach (var item in value!.Split(','))
        {
            var address = AddressText.Find(item);
            if (address.Length > 0 && !addresses.Contains(address))
                addresses.Add(address);
        }
        return addresses;
    }

    /// <summary>True when the display name of the bounce's sender contains the text, as filters sign their notices.</summary>
    public static bool FromNameContains(BounceMessage message, string text) =>
        FromNameIs(message, name => name.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>True when the display name of the bounce's sender matches <paramref name="pattern"/>.</summary>
    public static bool FromNameMatches(BounceMessage message, Regex pattern) => FromNameIs(message, pattern.SafeIsMatch);

    /// <summary>True when a display name of the bounce's sender passes <paramref name="test"/>.</summary>
    public static bool FromNameIs(BounceMessage message, Func<string, bool> test)
    {
        if (message.HasPlainFrom)
            return test(AddressField.DisplayName(message.RawFrom));
        foreach (var mailbox in message.Message.From.Mailboxes)
            if (mailbox.Name != null && test(mailbox.Name))
                return true;
        return false;
    }

    /// <summary>A Content-* header of the notice itself; MimeKit keeps those on the body entity.</summary>
    public static string? Content(BounceMessage message, string name) => message.Message.Body?.Headers[name];
}
