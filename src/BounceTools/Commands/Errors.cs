using System;
using System.IO;
using System.Management.Automation;
using BounceTools.Interop;

namespace BounceTools.Commands;

/// <summary>
/// Every error record the cmdlets write. The error ids are stable: scripts match on
/// FullyQualifiedErrorId, so change a message freely but never an id.
/// </summary>
internal static class Errors
{
    public static ErrorRecord PathNotFound(string path, Exception? inner) => Record(
        new FileNotFoundException($"Cannot find path '{path}' because it does not exist.", path, inner),
        "PathNotFound", ErrorCategory.ObjectNotFound, path);

    public static ErrorRecord NotFileSystem(string path, Exception? inner) => Record(
        new ArgumentException($"'{path}' is not a file-system path; Get-BounceStatus reads files only.", inner),
        "NotFileSystemPath", ErrorCategory.InvalidArgument, path);

    public static ErrorRecord PathIsDirectory(string path) => Record(
        new IOException($"'{path}' is a directory, not a message file. Add -Recurse to read the messages in it."),
        "PathIsDirectory", ErrorCategory.InvalidArgument, path);

    public static ErrorRecord Unreadable(string path, Exception inner) => Record(
        new IOException($"Cannot read '{path}': {inner.Message}", inner),
        inner is UnauthorizedAccessException ? "FileAccessDenied" : "FileReadError",
        inner is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.ReadError, path);

    public static ErrorRecord NotAMessage(string source, BounceParseException inner) => Record(
        new InvalidDataException($"'{source}' is not a readable email message: {inner.Message}", inner),
        inner.ErrorKind, ErrorCategory.InvalidData, source);

    /// <summary>A defect in the parser: reported per file so that one message cannot stop a run.</summary>
    public static ErrorRecord ParserFault(string source, Exception inner) => Record(
        new InvalidOperationException($"BounceTools failed on '{source}' ({FaultName(inner)}: {inner.Message}). Please report this with the message attached.", inner),
        "ParserFault", ErrorCategory.NotSpecified, source);

    private static string FaultName(Exception fault) => fault is NativeCoreFault native ? native.FaultType : fault.GetType().Name;

    private static ErrorRecord Record(Exception exception, string id, ErrorCategory category, string target) =>
        new(exception, id, category, target);
}
