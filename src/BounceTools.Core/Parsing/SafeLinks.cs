using System;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Parsing;

/// <summary>
/// Links that Microsoft Defender's Safe Links rewrote in a notice delivered to a Microsoft 365
/// mailbox ("https://eur01.safelinks.protection.outlook.com/?url=http%3A%2F%2Fpostmaster.example.net%2F...&amp;data=...")
/// are put back as the server wrote them: a provider's own link names the provider and its rule.
/// </summary>
internal static class SafeLinks
{
    private const string Host = "safelinks.protection.outlook.com";

    private static readonly Regex Rewritten = new(
        @"https?://[a-z0-9.\-]*safelinks\.protection\.outlook\.com/?\?url=(?<url>[^&\s]+)[^\s]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    public static string Restore(string text)
    {
        if (text.IndexOf(Host, StringComparison.OrdinalIgnoreCase) < 0)
            return text;
        try
        {
            return Rewritten.Replace(text, link => Uri.UnescapeDataString(link.Groups["url"].Value));
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }
}
