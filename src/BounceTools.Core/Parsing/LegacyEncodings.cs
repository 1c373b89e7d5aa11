using System.Text;

namespace BounceTools.Parsing;

/// <summary>
/// Makes the legacy charsets bounces are written in (ISO-2022-JP, Shift_JIS, EUC-JP, KOI8-R,
/// windows-125x, ...) available to MimeKit. .NET Core and later build in only the Unicode
/// encodings and Latin-1; without this, such bodies decode to mojibake. .NET Framework has them
/// built in, where registering the provider is harmless.
/// </summary>
internal static class LegacyEncodings
{
    private static readonly object Gate = new();
    private static bool _registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
                return;
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            _registered = true;
        }
    }
}
