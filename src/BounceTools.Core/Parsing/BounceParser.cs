using System;
using System.IO;
using BounceTools.Parsing;
using BounceTools.Recognizers;
using MimeKit;

namespace BounceTools;

/// <summary>
/// The parsing core's entry point: reads one message and reports its affected recipients.
/// Thread-safe; holds no state between calls.
/// </summary>
public static class BounceParser
{
    /// <summary>Parses a message file, opened read-only and shared so that writers are not blocked.</summary>
    public static BounceReport ParseFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 65536, FileOptions.SequentialScan);
        return Parse(stream, path);
    }

    public static BounceReport Parse(byte[] content, string sourcePath = "")
    {
        using var stream = new MemoryStream(content, writable: false);
        return Parse(stream, sourcePath);
    }

    /// <summary>Parses one message of an mbox; its records carry the message's number and offset.</summary>
    public static BounceReport Parse(Input.MboxMessage message, string mailboxPath)
    {
        var report = Parse(message.Content, mailboxPath);
        foreach (var record in report.Records)
        {
            record.MessageNumber = message.Number;
            record.MessageOffset = message.Offset;
        }
        return report;
    }

    /// <exception cref="BounceParseException">The input is not a readable message.</exception>
    public static BounceReport Parse(Stream stream, string sourcePath = "")
    {
        var mime = MessageLoader.Load(stream);
        var message = new BounceMessage(mime);
        foreach (var recognizer in FormatRegistry.All)
        {
            var draft = new BounceDraft();
            if (!recognizer.TryRecognize(message, draft) || draft.Recipients.Count == 0)
                continue;
            var records = RecordBuilder.Build(message, draft, recognizer.Format, sourcePath);
            return new BounceReport(records, recognizer.Format, string.Empty);
        }
        return new BounceReport(Array.Empty<BounceRecord>(), string.Empty, "no recognized bounce format");
    }
}
