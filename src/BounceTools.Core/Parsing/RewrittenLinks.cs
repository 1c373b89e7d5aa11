using System;
using System.Text;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Parsing;

/// <summary>
/// Links that a mail filter rewrote in a notice delivered through it are put back as the server
/// wrote them, since a provider's own link names the provider and its rule:
/// Microsoft Defender's Safe Links ("https://eur01.safelinks.protection.outlook.com/?url=http%3A%2F%2Fpostmaster.example.net%2F...&amp;data=..."),
/// and Proofpoint's URL Defense, version 3 ("https://urldefense.com/v3/__http://postmaster.example.net/...__;!!id!sig$")
/// and version 2 ("https://urldefense.proofpoint.com/v2/url?u=http-3A__postmaster.example.net_...&amp;d=...", "-3A" for ":", "_" for "/").
/// </summary>
internal static class RewrittenLinks
{
    // A link ends at a blank, or at the quote or bracket around it in HTML.
    private static readonly Regex SafeLink = Create(@"https?://[a-z0-9.\-]*safelinks\.protection\.outlook\.com/?\?url=(?<url>[^&\s""'<>]+)[^\s""'<>]*");
    private static readonly Regex UrlDefense3 = Create(@"https?://urldefense\.com/v3/__(?<url>[^\s""'<>]+?)__;[^\s""'<>$]*\$?");
    private static readonly Regex UrlDefense2 = Create(@"https?://urldefense\.proofpoint\.com/v2/url\?u=(?<url>[^&\s""'<>]+)[^\s""'<>]*");

    // A notice delivered through several filters carries each one's link inside the next one's.
    private const int MaxNesting = 4;

    public static string Restore(string text)
    {
        for (var level = 0; level < MaxNesting && IsRewritten(text); level++)
        {
            var restored = RestoreOnce(text);
            if (restored == text)
                break;
            text = restored;
        }
        return text;
    }

    // The filters write their own host names in lower case.
    private static bool IsRewritten(string text) =>
        text.IndexOf("safelinks.protection.outlook.com", StringComparison.Ordinal) >= 0 ||
        text.IndexOf("urldefense.", StringComparison.Ordinal) >= 0;

    private static string RestoreOnce(string text)
    {
        try
        {
            text = SafeLink.Replace(text, link => Uri.UnescapeDataString(link.Groups["url"].Value));
            text = UrlDefense3.Replace(text, link => link.Groups["url"].Value);
            return UrlDefense2.Replace(text, link => FromVersion2(link.Groups["url"].Value));
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    // Version 2 writes "/" as "_" and escapes other characters as "-" and two hex digits ("-3A" for ":", "-5F" for "_").
    private static string FromVersion2(string encoded)
    {
        var url = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '_')
                url.Append('/');
            else if (encoded[i] == '-' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                url.Append((char)Convert.ToInt32(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
                url.Append(encoded[i]);
        }
        return url.ToString();
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static Regex Create(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);
}
