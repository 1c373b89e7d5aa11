using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;
using MimeKit;
using MimeKit.Utils;

namespace BounceTools.Parsing;

/// <summary>Header facts of the message that bounced, as returned inside the report.</summary>
internal sealed class OriginalMessage
{
    public string MessageId { get; private set; } = string.Empty;
    public string Subject { get; private set; } = string.Empty;
    public string From { get; private set; } = string.Empty;
    public string To { get; private set; } = string.Empty;
    public DateTimeOffset? Date { get; private set; }

    private HeaderList? _headers;

    public static readonly OriginalMessage None = new();

    private static readonly Regex QuotedHeaderLine = TextPatterns.Create(
        @"^(?:Return-Path|Received|Message-ID|MIME-Version|DKIM-Signature|Delivered-To|X-Original-To):");

    /// <summary>
    /// A line of the returned message quoted inline without a marker: a header field a notice's own
    /// summary does not use, at the start of a line. The notice's own words end before it.
    /// </summary>
    public static bool IsQuotedHeaderLine(string line) => line.IndexOf(':') > 0 && QuotedHeaderLine.SafeIsMatch(line);

    // Where the message was addressed, the envelope's word first: the recipient as the last hop saw it, then as the sender wrote it.
    private static readonly string[] AddresseeFields = { "X-Original-To", "Delivered-To", "Envelope-To", "Received", "To", "Cc" };

    /// <summary>
    /// The header fields that name the original's recipients, in that order, as raw text:
    /// X-Original-To, Delivered-To, Envelope-To, Received ("for &lt;a@example.org&gt;"), To, Cc.
    /// </summary>
    public IEnumerable<string> Addressees()
    {
        if (_headers == null)
            yield break;
        foreach (var field in AddresseeFields)
            foreach (var header in _headers)
                if (header.Field.Equals(field, StringComparison.OrdinalIgnoreCase))
                    yield return header.Value;
    }

    /// <summary>
    /// Finds the returned original among the report's parts (RFC 3462 third part), read once per
    /// message however many recognizers and checks ask.
    /// </summary>
    public static OriginalMessage FromReport(BounceMessage message) => message.Memo("OriginalMessage.Report", ReadFromReport);

    private static OriginalMessage ReadFromReport(BounceMessage message) => ReturnedPart(message) switch
    {
        null => None,
        MessagePart { Message: { } attached } => FromHeaders(attached.Headers),
        var headers => FromText(BounceMessage.ReadText(headers)),
    };

    /// <summary>The part that returns the original (a message, or its headers as text), or null.</summary>
    public static MimeEntity? ReturnedPart(BounceMessage message)
    {
        foreach (var part in message.Parts)
            if (part is MessagePart { Message: not null } ||
                part.ContentType.IsMimeType("text", "rfc822-headers") ||
                part.ContentType.IsMimeType("message", "global-headers") ||
                part.ContentType.IsMimeType("text", "rfc822"))
                return part;
        return null;
    }

    /// <summary>Reads a header block that a format quotes inline in its body text.</summary>
    public static OriginalMessage FromText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return None;
        var start = 0;
        while (char.IsWhiteSpace(text[start]))
            start++;
        var length = HeaderBlockLength(text, start);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            var count = Encoding.UTF8.GetBytes(text, start, length, bytes, 0);
            using var stream = new MemoryStream(bytes, 0, count, writable: false);
            return FromHeaders(GuardedParser.OfThisThread.ParseHeaders(stream));
        }
        catch (FormatException)
        {
            return None;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Up to the blank line that ends the header block, and no further than the quoted-header limit.</summary>
    private static int HeaderBlockLength(string text, int start)
    {
        var limit = Math.Min(text.Length - start, Limits.MaxQuotedHeaderChars);
        for (var newline = text.IndexOf('\n', start, limit); newline >= 0; newline = text.IndexOf('\n', newline + 1, limit - (newline + 1 - start)))
        {
            var next = newline + 1;
            if (next < text.Length && text[next] == '\r')
                next++;
            if (next >= text.Length || text[next] == '\n')
                return Math.Min(limit, next - start);
        }
        return limit;
    }

    /// <summary>What a receipt states of the message it is about, where it returns none of its headers.</summary>
    public static OriginalMessage FromFields(string messageId, string subject, string from) =>
        new() { MessageId = messageId.Trim().Trim('<', '>'), Subject = subject.Trim(), From = from.Trim() };

    public static OriginalMessage FromHeaders(HeaderList headers)
    {
        var original = new OriginalMessage
        {
            MessageId = (headers[HeaderId.MessageId] ?? string.Empty).Trim().Trim('<', '>'),
            Subject = DecodePhrase(headers[HeaderId.Subject]),
            From = FirstAddress(headers[HeaderId.From]),
            To = FirstAddress(headers[HeaderId.To]),
            _headers = headers,
        };
        if (DateUtils.TryParse(headers[HeaderId.Date] ?? string.Empty, out var date))
            original.Date = date;
        return original;
    }

    private static string DecodePhrase(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
            return string.Empty;
        if (raw!.IndexOf("=?", StringComparison.Ordinal) < 0)
            return raw.Trim();
        var bytes = Encoding.UTF8.GetBytes(raw);
        return Rfc2047.DecodeText(bytes).Trim();
    }

    private static string FirstAddress(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return string.Empty;
        if (AddressField.IsPlain(raw!))
            return AddressField.Parse(raw);
        if (AddressField.OnlyBracketed(raw!) is { } bracketed)
            return AddressField.Normalize(bracketed);
        if (InternetAddressList.TryParse(raw, out var list))
            foreach (var mailbox in list.Mailboxes)
                return AddressField.Normalize(mailbox.Address);
        return AddressField.Parse(raw);
    }
}
