using System;
using System.IO;
using BounceTools.Parsing;
using BounceTools.Recognizers;
using BounceTools.Recognizers.Text;
using MimeKit;

namespace BounceTools;

/// <summary>
/// The parsing core's entry point: reads one message and reports its affected recipients.
/// Thread-safe; holds no state between calls.
/// </summary>
public static class BounceParser
{
    /// <summary>Parses a message file, opened read-only and shared so that writers are not blocked.</summary>
    public static BounceReport ParseFile(string path, BounceParserOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 65536, FileOptions.SequentialScan);
        return Parse(stream, path, options);
    }

    public static BounceReport Parse(byte[] content, string sourcePath = "", BounceParserOptions? options = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        return Parse(stream, sourcePath, options);
    }

    /// <summary>Parses one message of an mbox; its records carry the message's number and offset.</summary>
    public static BounceReport Parse(Input.MboxMessage message, string mailboxPath, BounceParserOptions? options = null) =>
        message.Locate(Parse(message.Content, mailboxPath, options));

    /// <exception cref="BounceParseException">The input is not a readable message, or it breaks a limit of <paramref name="options"/>.</exception>
    public static BounceReport Parse(Stream stream, string sourcePath = "", BounceParserOptions? options = null)
    {
        var limits = options ?? BounceParserOptions.Default;
        limits.Validate();
        // Disposed when done: a MimeMessage has a finalizer, and one left to it keeps the whole
        // parsed message alive through an extra collection.
        using var mime = MessageLoader.Load(stream, limits);
        var message = new BounceMessage(mime);
        if (IsNotBounce(message))
            return NoReport;
        var report = Recognize(message, sourcePath, limits);
        if (report is { IsBounce: true })
            return report;
        // A gateway's wrapper may itself be forwarded ("Fwd: Returned mail" around a wrapped report): unwrap a few levels.
        for (var level = 0; level < MaxWrapping && ForwardedNotice.Attached(message) is { } attached; level++)
        {
            message = new BounceMessage(attached);
            if (IsNotBounce(message))
                break;
            var unwrapped = Recognize(message, sourcePath, limits);
            if (unwrapped is { IsBounce: true })
                return ForwardedNotice.StillReports(unwrapped) ? unwrapped : NoReport;
            report ??= unwrapped;
        }
        return report ?? NoReport;
    }

    private const int MaxWrapping = 3;

    private static bool IsNotBounce(BounceMessage message) =>
        ListDigest.Is(message) || PersonalReply.Is(message) || PersonalForward.Is(message) || DeliveryStatistics.Is(message);

    private static BounceReport NoReport => new(Array.Empty<BounceRecord>(), string.Empty, "no recognized bounce format");

    /// <summary>
    /// The first recognizer that names a recipient reads the message. One that names only local
    /// parts nothing completes leaves the message to the next; when none does better, the report says what was left out.
    /// </summary>
    private static BounceReport? Recognize(BounceMessage message, string sourcePath, BounceParserOptions limits)
    {
        var draft = new BounceDraft(limits.MaxRecipients);
        BounceReport? unnamedOnly = null;
        foreach (var recognizer in FormatRegistry.All)
        {
            draft.Clear();
            if (!recognizer.TryRecognize(message, draft) || draft.Recipients.Count == 0)
                continue;
            var unnamed = LocalRecipients.Complete(message, draft);
            if (draft.Recipients.Count == 0)
            {
                unnamedOnly ??= new BounceReport(Array.Empty<BounceRecord>(), string.Empty,
                    $"a {recognizer.Format} bounce, but it names its recipients by local part only ({string.Join(", ", unnamed)}) and nothing in the message gives their domain");
                continue;
            }
            var records = RecordBuilder.Build(message, draft, recognizer.Format, sourcePath, limits);
            return new BounceReport(records, recognizer.Format, string.Empty);
        }
        return unnamedOnly;
    }
}
