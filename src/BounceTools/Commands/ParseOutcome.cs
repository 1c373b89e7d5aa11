using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using BounceTools.Input;
using BounceTools.Loading;

namespace BounceTools.Commands;

/// <summary>
/// The result of parsing one input on a worker thread: records, an error to write, a note for
/// -Verbose, or the news that the file is a mailbox to be streamed message by message.
/// </summary>
internal sealed class ParseOutcome
{
    public string Source { get; private set; } = string.Empty;
    public IReadOnlyList<BounceRecord> Records { get; private set; } = Array.Empty<BounceRecord>();
    public ErrorRecord? Error { get; private set; }
    public string? NotBounce { get; private set; }
    public bool IsMailbox { get; private set; }

    public static ParseOutcome FromFile(string path) =>
        Guard(path, () =>
        {
            var result = MessageFile.Parse(path, ParseContent);
            return result.IsMailbox ? new ParseOutcome { Source = path, IsMailbox = true } : FromReport(path, result.Report!);
        });

    public static ParseOutcome FromMailboxMessage(string path, MboxMessage message)
    {
        var source = $"{path} (message {message.Number} at byte {message.Offset})";
        return Guard(source, () => FromReport(source, message.Locate(ParseContent(message.Content, path))));
    }

    public static ParseOutcome FromContent(byte[] content, string sourcePath)
    {
        var source = sourcePath.Length > 0 ? sourcePath : "<input>";
        return Guard(source, () => FromReport(source, ParseContent(content, sourcePath)));
    }

    private static BounceReport ParseContent(byte[] content, string sourcePath) =>
        NativeCore.LibraryPath != null ? NativeCore.Parse(content, sourcePath) : BounceParser.Parse(content, sourcePath);

    private static ParseOutcome FromReport(string source, BounceReport report) => report.IsBounce
        ? new ParseOutcome { Source = source, Records = report.Records }
        : new ParseOutcome { Source = source, NotBounce = report.NotBounceReason };

    private static ParseOutcome Guard(string source, Func<ParseOutcome> parse)
    {
        try
        {
            return parse();
        }
        catch (BounceParseException e)
        {
            return Failed(source, Errors.NotAMessage(source, e));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Failed(source, Errors.PathNotFound(source, e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(source, Errors.Unreadable(source, e));
        }
        catch (Exception e)
        {
            return Failed(source, Errors.ParserFault(source, e));
        }
    }

    private static ParseOutcome Failed(string source, ErrorRecord error) => new() { Source = source, Error = error };
}
