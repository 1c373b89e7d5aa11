using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Parsing;

/// <summary>
/// A mailing-list digest bundles the members' posts. One of them may paste a whole bounce to ask
/// about it, but the digest itself reports no failure, so none of its text is read as a notice.
/// </summary>
internal static class ListDigest
{
    // Mailman "Users Digest, Vol 42, Issue 7", ezmlm and Yahoo "[users] Digest Number 1234",
    // Google Groups "Digest for users@googlegroups.com - 3 updates in 2 topics". A notice about a digest
    // puts its own words first ("Undeliverable: Users Digest, ..."), so no colon may come before "Digest".
    private static readonly Regex DigestSubject = TextPatterns.Create(
        @"^(?:\[[^\]\r\n]*\]\s*)?[^:\[\]\r\n]*\bdigest(?:,?\s+vol\b|\s+number\b|\s+for\b|,?\s+#?\d)");

    public static bool Is(BounceMessage message) =>
        message.Header("List-Id") != null && DigestSubject.SafeIsMatch(message.Subject);
}
