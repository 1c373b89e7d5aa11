using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MimeKit;

namespace BounceTools.Parsing;

/// <summary>
/// A parsed message as recognizers see it: headers, the MIME parts of the report (not those of
/// the returned original), and the decoded text of its human-readable part. Work is done lazily
/// so that a recognizer that only looks at headers costs nothing more.
/// </summary>
internal sealed class BounceMessage
{
    private List<MimeEntity>? _parts;
    private string? _bodyText;
    private string? _allText;
    private string? _subject;
    private string? _fromAddress;
    private string? _rawFrom;
    private Dictionary<string, object?>? _memo;

    public BounceMessage(MimeMessage message)
    {
        Message = message;
    }

    public MimeMessage Message { get; }

    public HeaderList Headers => Message.Headers;

    /// <summary>
    /// The decoded Subject without the tags gateways put in front ("[EXTERNAL] "); most recognizers
    /// look at it, so it is read once.
    /// </summary>
    public string Subject => _subject ??= SubjectTags.Strip(Message.Subject ?? string.Empty);

    /// <summary>The bounce's own From address, lower-cased.</summary>
    public string FromAddress => _fromAddress ??= ReadFromAddress();

    /// <summary>
    /// The From field as sent, encoded words and all. Mailer daemons write plain fields
    /// ("Mail Delivery System &lt;MAILER-DAEMON@host&gt;") that need no address parser.
    /// </summary>
    public string RawFrom => _rawFrom ??= RawHeader("From") ?? string.Empty;

    /// <summary>True when the From field has nothing that only MimeKit's address parser reads right.</summary>
    public bool HasPlainFrom => AddressField.IsPlain(RawFrom);

    public string? Header(string name) => Message.Headers[name];

    /// <summary>
    /// The first field of that name as sent: neither unfolded nor decoded, which costs nothing and
    /// is all that looking for a word in it needs.
    /// </summary>
    public string? RawHeader(string name) =>
        Message.Headers.IndexOf(name) is var at and >= 0 ? Encoding.UTF8.GetString(Message.Headers[at].RawValue) : null;

    /// <summary>
    /// True when any Received field contains the text. The notice's own trace line is seldom the
    /// first: every relay and the receiving server add theirs above it.
    /// </summary>
    public bool TraceMentions(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var header in Message.Headers)
            if (header.Id == HeaderId.Received && header.RawValue.AsSpan().IndexOf(bytes) >= 0)
                return true;
        return false;
    }

    /// <summary>Leaf parts of the report, in order, without descending into attached messages.</summary>
    public IReadOnlyList<MimeEntity> Parts => _parts ??= CollectParts();

    /// <summary>Decoded text of the first inline text part (plain preferred over HTML), or of the whole body.</summary>
    public string BodyText => _bodyText ??= ReadBodyText();

    /// <summary>
    /// All readable text of the report: multipart preambles and every text part, in order, HTML as
    /// the text it shows. Broken MIME (a boundary that is never used, or indented) leaves report
    /// fields in these places, and so does a gateway that turns a plain notice into HTML.
    /// </summary>
    public string AllText => _allText ??= ReadAllText();

    /// <summary>The report's delivery-status fields, read once however many recognizers ask.</summary>
    public DeliveryStatus? DeliveryStatus => Memo("DeliveryStatus", Parsing.DeliveryStatus.ReadParts);

    /// <summary>
    /// Computes a view of the message once, however many recognizers ask for it. A message is
    /// parsed on one thread, so no locking is needed.
    /// </summary>
    public T Memo<T>(string key, Func<BounceMessage, T> compute)
    {
        _memo ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!_memo.TryGetValue(key, out var value))
            _memo[key] = value = compute(this);
        return (T)value!;
    }

    /// <summary>The first leaf part of the type, written "type/subtype".</summary>
    public MimeEntity? FindPart(string mimeType)
    {
        foreach (var part in Parts)
            if (IsMimeType(part.ContentType, mimeType))
                return part;
        return null;
    }

    private static bool IsMimeType(ContentType type, string mimeType)
    {
        var media = type.MediaType;
        var subtype = type.MediaSubtype;
        return mimeType.Length == media.Length + 1 + subtype.Length
            && mimeType[media.Length] == '/'
            && string.Compare(mimeType, 0, media, 0, media.Length, StringComparison.OrdinalIgnoreCase) == 0
            && string.Compare(mimeType, media.Length + 1, subtype, 0, subtype.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>
    /// The decoded text of a part, cut at <see cref="Limits.MaxPartTextChars"/> characters, with
    /// links a mail filter rewrote put back (<see cref="RewrittenLinks"/>).
    /// </summary>
    public static string ReadText(MimeEntity entity, Encoding? fallback = null)
    {
        switch (entity)
        {
            case MimePart part when part.Content != null:
                using (var bytes = PartContent.ReadDecoded(part.Content, Limits.MaxPartTextChars))
                    return RewrittenLinks.Restore(EightBitText.Decode(bytes.Buffer, bytes.Count, part.ContentType.Charset, fallback));
            case MessagePart message when message.Message != null:
                using (var buffer = new MemoryStream())
                {
                    message.Message.WriteTo(buffer);
                    buffer.Position = 0;
                    using var bytes = PooledBytes.Read(buffer, Limits.MaxPartTextChars);
                    return Encoding.UTF8.GetString(bytes.Buffer, 0, bytes.Count);
                }
            default:
                return string.Empty;
        }
    }

    private List<MimeEntity> CollectParts()
    {
        var parts = new List<MimeEntity>();
        Collect(Message.Body, parts, depth: 0);
        return parts;
    }

    private string ReadAllText()
    {
        var text = new StringBuilder();
        AppendText(Message.Body, text, depth: 0);
        return text.ToString();
    }

    /// <summary>Appends the text under <paramref name="entity"/> until <see cref="Limits.MaxPartTextChars"/> characters are gathered.</summary>
    private static void AppendText(MimeEntity? entity, StringBuilder text, int depth)
    {
        if (entity == null || depth > Limits.MaxMultipartDepth || text.Length >= Limits.MaxPartTextChars)
            return;
        if (entity is Multipart multipart)
        {
            AppendCapped(text, multipart.Preamble);
            foreach (var child in multipart)
                AppendText(child, text, depth + 1);
            return;
        }
        if (entity is TextPart part)
            AppendCapped(text, part.IsHtml ? HtmlText.ToPlain(ReadText(part)) : ReadText(part));
    }

    private static void AppendCapped(StringBuilder text, string? addition)
    {
        var room = Math.Max(0, Limits.MaxPartTextChars - text.Length);
        text.Append(addition, 0, Math.Min(room, addition?.Length ?? 0)).Append('\n');
    }

    private static void Collect(MimeEntity? entity, List<MimeEntity> parts, int depth)
    {
        if (entity == null || depth > Limits.MaxMultipartDepth)
            return;
        if (entity is Multipart multipart)
        {
            foreach (var child in multipart)
                Collect(child, parts, depth + 1);
            return;
        }
        parts.Add(entity);
    }

    private string ReadBodyText()
    {
        foreach (var attached in new[] { false, true })
        {
            if (FindText("text/plain", attached) is { } plain)
                return ReadText(plain);
            if (FindText("text/html", attached) is { } html)
                return HtmlText.ToPlain(ReadText(html));
        }
        return Message.Body is MimePart body && !(body is TextPart) ? ReadText(body) : string.Empty;
    }

    // A text attachment (a log file, or the note a gateway leaves where it removed an attachment) is read only when no inline text is there.
    private MimeEntity? FindText(string mimeType, bool attached)
    {
        foreach (var part in Parts)
            if (part.IsAttachment == attached && IsMimeType(part.ContentType, mimeType))
                return part;
        return null;
    }

    private string ReadFromAddress() =>
        HasPlainFrom ? AddressField.Parse(RawFrom) : AddressField.Normalize(FirstAddress(Message.From.Mailboxes));

    private static string FirstAddress(IEnumerable<MailboxAddress> boxes)
    {
        foreach (var box in boxes)
            return box.Address ?? string.Empty;
        return string.Empty;
    }
}
