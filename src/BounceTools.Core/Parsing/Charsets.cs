using System;
using System.Collections.Concurrent;
using System.Text;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// Encodings by declared charset name, looked up once per name: the framework's and MimeKit's
/// lookups take a lock on every call, which parser threads would otherwise queue on.
/// </summary>
internal static class Charsets
{
    // Hostile input may declare endless made-up names; past this many, names are resolved uncached.
    private const int MaxCached = 256;
    private const int UsAsciiCodePage = 20127;

    private static readonly ConcurrentDictionary<string, Encoding?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The encoding a charset names, or null when none is named, the name is unknown, or it is
    /// US-ASCII: servers declare US-ASCII and still send 8-bit text, which the caller then reads
    /// as UTF-8 or Latin-1 rather than as question marks.
    /// </summary>
    public static Encoding? Find(string? charset)
    {
        if (charset == null || string.IsNullOrWhiteSpace(charset))
            return null;
        if (Cache.TryGetValue(charset, out var known))
            return known;
        var encoding = Resolve(charset.Trim().Trim('"'));
        if (Cache.Count < MaxCached)
            Cache.TryAdd(charset, encoding);
        return encoding;
    }

    private static Encoding? Resolve(string name)
    {
        LegacyEncodings.Register();
        var encoding = FrameworkEncoding(name) ?? MimeKitEncoding(name);
        return encoding?.CodePage == UsAsciiCodePage ? null : encoding;
    }

    private static Encoding? FrameworkEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is NotSupportedException || e is ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// MimeKit knows more of the aliases mail software uses (utf8, x-sjis, ks_c_5601-1987, ...).
    /// Asked second because it remembers its answers: one asked before the legacy encodings were
    /// registered would stay "unknown".
    /// </summary>
    private static Encoding? MimeKitEncoding(string name)
    {
        try
        {
            return new ContentType("text", "plain") { Charset = name }.CharsetEncoding;
        }
        catch (Exception e) when (e is NotSupportedException || e is ArgumentException)
        {
            return null;
        }
    }
}
