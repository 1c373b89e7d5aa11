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
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

    static EightBitText() => LegacyEncodings.Register();

    public static string Decode(byte[] bytes, string? charset, Encoding? fallback)
    {
        if (Declared(charset) is { } declared)
            return declared.GetString(bytes);
        if (fallback != null && fallback.CodePage != Encoding.UTF8.CodePage)
            return fallback.GetString(bytes);
        if (HasIso2022JpEscape(bytes))
            return Encoding.GetEncoding("iso-2022-jp").GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Latin1.GetString(bytes);
        }
    }

    /// <summary>Japanese MTAs write ISO-2022-JP (7-bit, switched in by ESC $ B or ESC $ @) into undeclared fields.</summary>
    private static bool HasIso2022JpEscape(byte[] bytes)
    {
        for (var i = 0; i + 2 < bytes.Length; i++)
            if (bytes[i] == 0x1B && bytes[i + 1] == (byte)'$' && (bytes[i + 2] == (byte)'B' || bytes[i + 2] == (byte)'@'))
                return true;
        return false;
    }

    private static Encoding? Declared(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
            return null;
        try
        {
            return Encoding.GetEncoding(charset!.Trim().Trim('"'));
        }
        catch (Exception e) when (e is NotSupportedException || e is ArgumentException)
        {
            return null;
        }
    }
}
