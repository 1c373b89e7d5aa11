using System;
using System.Linq;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Parsing;

/// <summary>
/// Reads the address out of Final-Recipient / Original-Recipient style values:
/// "rfc822; &lt;User@Example.COM&gt; (comment)", "utf-8; user@example.org", or a bare address.
/// RFC 6533's escapes of a utf-8 address ("\x{7528}\x{6237}@example.org") are undone.
/// </summary>
internal static class AddressField
{
    public static string Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return string.Empty;

        var text = StripComments(value!).Trim();
        var semicolon = text.IndexOf(';');
        if (semicolon >= 0 && !text.Substring(0, semicolon).Contains("@"))
            text = text.Substring(semicolon + 1).Trim();
        else if (semicolon < 0)
            text = WithoutBareAddressType(text);

        var open = text.IndexOf('<');
        if (open >= 0)
        {
            var close = text.IndexOf('>', open + 1);
            text = close > open ? text.Substring(open + 1, close - open - 1) : text.Substring(open + 1);
        }

        text = TrimQuotes(text.Trim().Trim('\'', ',', ';', ':').Trim());
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            text = text.Substring(7);
        return Normalize(UnescapeUtf8(text));
    }

    private static readonly string[] AddressTypes = { "rfc822", "utf-8" };

    // "rfc822 a@example.org": an address type some programs write without its semicolon.
    private static string WithoutBareAddressType(string text)
    {
        foreach (var type in AddressTypes)
            if (text.Length > type.Length + 1 && text.StartsWith(type, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[type.Length]) &&
                text.IndexOf('@') > type.Length)
                return text.Substring(type.Length + 1).Trim();
        return text;
    }

    private static readonly Regex Utf8Escape = new CoreRegex(@"\\x\{([0-9A-Fa-f]{1,6})\}", RegexOptions.CultureInvariant);

    private static string UnescapeUtf8(string text) =>
        text.IndexOf("\\x{", StringComparison.Ordinal) < 0 ? text : Utf8Escape.Tiered().Replace(text, escape =>
        {
            var codePoint = Convert.ToInt32(escape.Groups[1].Value, 16);
            return codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF) ? char.ConvertFromUtf32(codePoint) : escape.Value;
        });

    // Quoted names, lists, groups and encoded words need a real address parser.
    private static readonly char[] AddressSyntax = { '"', ',', ';', ':' };

    /// <summary>
    /// True for a field with one address and no quoting, list or encoded words, such as mailer
    /// daemons write ("Mail Delivery System &lt;MAILER-DAEMON@host&gt;"): <see cref="Parse"/> reads it right.
    /// </summary>
    public static bool IsPlain(string value) =>
        value.IndexOfAny(AddressSyntax) < 0 && value.IndexOf("=?", StringComparison.Ordinal) < 0;

    /// <summary>
    /// The address of a field that ends in the only "&lt;...&gt;" it holds, whatever its display name
    /// ("\"Doe, Jane\" &lt;jane@example.org&gt;", an encoded word): null when a real address parser is needed.
    /// </summary>
    public static string? OnlyBracketed(string value)
    {
        var end = value.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(value[end]))
            end--;
        if (end < 0 || value[end] != '>')
            return null;
        var open = value.IndexOf('<');
        if (open < 0 || value.IndexOf('<', open + 1) >= 0 || value.IndexOf('>') != end)
            return null;
        var address = value.Substring(open + 1, end - open - 1).Trim();
        return address.IndexOf('@') > 0 && address.IndexOfAny(AddressSyntax) < 0 && !address.Any(char.IsWhiteSpace) ? address : null;
    }

    /// <summary>The display name of a plain address field: the words before "&lt;", or the comment after a bare address.</summary>
    public static string DisplayName(string value)
    {
        var open = value.IndexOf('<');
        if (open >= 0)
            return value.Substring(0, open).Trim();
        var comment = value.IndexOf('(');
        var end = value.LastIndexOf(')');
        return comment >= 0 && end > comment ? value.Substring(comment + 1, end - comment - 1).Trim() : string.Empty;
    }

    /// <summary>Lower-cases the address: mail systems treat recipients case-insensitively in practice.</summary>
    public static string Normalize(string address)
    {
        var trimmed = address.Trim();
        foreach (var c in trimmed)
            if (c is >= 'A' and <= 'Z' || c > '\x7f')
                return trimmed.ToLowerInvariant();
        return trimmed;
    }

    /// <summary>Removes quotes around the whole address, keeping a quoted local part ("a..b"@example.org).</summary>
    private static string TrimQuotes(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"')
            text = text.Substring(1, text.Length - 2);
        return text.TrimEnd('.');
    }

    private static string StripComments(string value)
    {
        if (value.IndexOf('(') < 0)
            return value;
        var result = new System.Text.StringBuilder(value.Length);
        var depth = 0;
        var quoted = false;
        foreach (var c in value)
        {
            if (c == '"' && depth == 0)
                quoted = !quoted;
            if (!quoted && c == '(') { depth++; continue; }
            if (!quoted && c == ')' && depth > 0) { depth--; continue; }
            if (depth == 0)
                result.Append(c);
        }
        return result.ToString();
    }
}
