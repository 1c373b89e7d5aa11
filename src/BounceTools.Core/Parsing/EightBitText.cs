using System;
using System.Text;

namespace BounceTools.Parsing;

/// <summary>
/// Decodes the bytes of a non-text MIME part (a delivery-status or feedback-report body) the
/// way a reader would: by its declared charset, else as ISO-2022-JP when it switches into it,
/// else as UTF-8, else as Latin-1, because servers put 8-bit or Japanese wording (boîte pleine,
/// Postfach voll) into fields that are meant to be ASCII.
/// </summary>
internal static class EightBitText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private const char Replacement = '\uFFFD';
    private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

    static EightBitText() => LegacyEncodings.Register();

    /// <summary>Decodes the first <paramref name="count"/> bytes.</summary>
    public static string Decode(byte[] bytes, int count, string? charset, Encoding? fallback)
    {
        if (Charsets.Find(charset) is { } declared)
            return declared.GetString(bytes, 0, count);
        if (fallback != null && fallback.CodePage != Encoding.UTF8.CodePage)
            return fallback.GetString(bytes, 0, count);
        if (HasIso2022JpEscape(bytes, count))
            return Encoding.GetEncoding("iso-2022-jp").GetString(bytes, 0, count);
        // Bytes that are not UTF-8 each become U+FFFD; more of them than the text wrote itself
        // (EF BF BD) means it is not UTF-8. Cheaper than a strict decoder's exception per such text.
        var text = Utf8.GetString(bytes, 0, count);
        return text.IndexOf(Replacement) >= 0 && CountOf(text, Replacement) > CountOfEncodedReplacement(bytes, count)
            ? Latin1.GetString(bytes, 0, count)
            : text;
    }

    private static int CountOf(string text, char c)
    {
        var found = 0;
        for (var at = text.IndexOf(c); at >= 0; at = text.IndexOf(c, at + 1))
            found++;
        return found;
    }

    private static int CountOfEncodedReplacement(byte[] bytes, int count)
    {
        var found = 0;
        for (var i = Array.IndexOf(bytes, (byte)0xEF, 0, count); i >= 0 && i + 2 < count; i = Array.IndexOf(bytes, (byte)0xEF, i + 1, count - i - 1))
            if (bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD)
                found++;
        return found;
    }

    /// <summary>Japanese MTAs write ISO-2022-JP (7-bit, switched in by ESC $ B or ESC $ @) into undeclared fields.</summary>
    private static bool HasIso2022JpEscape(byte[] bytes, int count)
    {
        for (var i = Array.IndexOf(bytes, (byte)0x1B, 0, count); i >= 0 && i + 2 < count; i = Array.IndexOf(bytes, (byte)0x1B, i + 1, count - i - 1))
            if (bytes[i + 1] == (byte)'$' && (bytes[i + 2] == (byte)'B' || bytes[i + 2] == (byte)'@'))
                return true;
        return false;
    }
}
