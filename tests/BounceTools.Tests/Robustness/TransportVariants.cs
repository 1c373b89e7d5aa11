using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace BounceTools.Tests.Robustness;

/// <summary>
/// What transport and storage do to a message without changing what it says: gateways re-encode
/// parts and tag the Subject, relays add their trace, people forward it, it is kept in an mbox or
/// saved by Windows tools with a byte order mark (line endings: see LineEndingTests). Each variant
/// has a label that says what was done.
/// </summary>
internal static class TransportVariants
{
    public static IEnumerable<(string Label, byte[] Message)> All(byte[] message)
    {
        yield return ("text parts re-encoded as base64", Reencoded(message, ContentEncoding.Base64));
        yield return ("text parts re-encoded as quoted-printable", Reencoded(message, ContentEncoding.QuotedPrintable));
        yield return ("relay trace prepended", Encoding.Latin1.GetBytes(RelayTrace + Latin1(message)));
        yield return ("Subject tagged by a gateway", Encoding.Latin1.GetBytes(TaggedSubject(Latin1(message))));
        yield return ("stored in an mbox", Encoding.Latin1.GetBytes(InMbox(Latin1(message))));
        yield return ("saved with a UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. message]);
        if (IsUtf8(message))
            yield return ("saved as UTF-16 by Windows PowerShell's Out-File", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(message))]);
    }

    /// <summary>The message attached to a person's "Fwd:" message.</summary>
    public static byte[] Forwarded(byte[] message) => Encoding.Latin1.GetBytes(
        "From: Rita Moss <rita.moss@example.com>\r\nTo: postmaster@example.com\r\nSubject: Fwd: returned mail\r\n" +
        "Date: Mon, 2 Dec 2024 09:15:00 +0000\r\nMessage-ID: <fwd-1202-0915@example.com>\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: multipart/mixed; boundary=\"=_fwd_8Jq2\"\r\n\r\n" +
        "--=_fwd_8Jq2\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis came back, can you look at it?\r\n\r\n" +
        "--=_fwd_8Jq2\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"returned.eml\"\r\n\r\n" +
        Latin1(message).TrimEnd('\r', '\n') + "\r\n\r\n--=_fwd_8Jq2--\r\n");

    private const string RelayTrace =
        "Received: from mx.example.net ([192.0.2.25] helo=mx.example.net)\r\n" +
        "\tby server.example.com with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n" +
        "\t(Exim 4.96)\r\n\t(envelope-from <>)\r\n\tid 1tQx7Z-0004Fa-2k\r\n\tfor archive@example.com; Mon, 02 Dec 2024 09:00:03 +0000\r\n" +
        "X-Virus-Scanned: clamav-milter 1.0.3 at server.example.com\r\n" +
        "Delivered-To: archive@example.com\r\n";

    // The report's own leaves (notice text, delivery status, returned headers); an attached original keeps its encoding.
    private static byte[] Reencoded(byte[] message, ContentEncoding encoding)
    {
        var parsed = MimeMessage.Load(new MemoryStream(message));
        foreach (var part in parsed.BodyParts.OfType<MimePart>())
            if (part.ContentType.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase) || part.ContentType.IsMimeType("message", "delivery-status"))
                part.ContentTransferEncoding = encoding;
        using var output = new MemoryStream();
        parsed.WriteTo(output);
        return output.ToArray();
    }

    // A message in a legacy 8-bit charset would be read in the console's code page first: its text changes, so it is not compared.
    private static bool IsUtf8(byte[] message)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(message);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string TaggedSubject(string message)
    {
        var headerEnd = message.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var subject = Regex.Match(message, "^Subject:[ \t]*", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        return subject.Success && (headerEnd < 0 || subject.Index < headerEnd)
            ? message.Insert(subject.Index + subject.Length, "[EXTERNAL] ")
            : message;
    }

    // mboxrd: a From_ line first, and every line that starts with "From " (after any '>') gets one more '>'.
    private static string InMbox(string message) =>
        "From MAILER-DAEMON Mon Dec  2 09:00:03 2024\n" + Regex.Replace(message, "^(>*From )", ">$1", RegexOptions.Multiline).TrimEnd('\r', '\n') + "\n\n";

    private static string Latin1(byte[] message) => Encoding.Latin1.GetString(message);
}
