using System.Linq;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Knowledge;

/// <summary>Tells text that could be a code apart from text that cannot be one, so typos get an error instead of silence.</summary>
public static class CodeSyntax
{
    private static readonly Regex DottedQuad = new CoreRegex(@"^\d{1,3}(\.\d{1,3}){3}$", RegexOptions.CultureInvariant);

    // Provider tags: TSS04, S3150, RP-001, HME1, and rule codes such as OFR_506, LPN000_630, LPN105-104 ...
    private static readonly Regex Tag = new CoreRegex(@"^[A-Za-z]{1,6}\d{0,3}[-_]?\d{1,5}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// True for an enhanced status code (<c>5.1.1</c>, even unregistered), a reply code (<c>550</c>), a
    /// provider tag (<c>TSS04</c>), a DNSBL return code (<c>127.0.0.2</c>) or a wildcard pattern.
    /// </summary>
    public static bool IsPlausibleCode(string? text)
    {
        var code = text?.Trim() ?? "";
        if (code.Length == 0)
            return false;
        if (Wildcard.HasWildcards(code))
            return true;
        if (code.All(character => char.IsDigit(character) || character == '.'))
            return StatusPattern.TryParse(code) is { IsRange: false } || ReplyCodeLoader.IsReplyCode(code) || DottedQuad.IsMatch(code);
        return Tag.IsMatch(code);
    }
}
