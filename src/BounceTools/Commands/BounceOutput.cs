using System;
using System.IO;
using System.Management.Automation;

namespace BounceTools.Commands;

/// <summary>Parses one input and writes its records, or the error that stopped it.</summary>
internal static class BounceOutput
{
    public static void WriteFile(PSCmdlet cmdlet, string path)
    {
        BounceReport report;
        try
        {
            report = BounceParser.ParseFile(path);
        }
        catch (BounceParseException e)
        {
            cmdlet.WriteError(Errors.NotAMessage(path, e));
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cmdlet.WriteError(e is FileNotFoundException or DirectoryNotFoundException
                ? Errors.PathNotFound(path, e)
                : Errors.Unreadable(path, e));
            return;
        }
        catch (Exception e)
        {
            cmdlet.WriteError(Errors.ParserFault(path, e));
            return;
        }
        Write(cmdlet, report, path);
    }

    public static void WriteContent(PSCmdlet cmdlet, byte[] content, string sourcePath)
    {
        var source = sourcePath.Length > 0 ? sourcePath : "<input>";
        try
        {
            Write(cmdlet, BounceParser.Parse(content, sourcePath), source);
        }
        catch (BounceParseException e)
        {
            cmdlet.WriteError(Errors.NotAMessage(source, e));
        }
        catch (Exception e)
        {
            cmdlet.WriteError(Errors.ParserFault(source, e));
        }
    }

    private static void Write(PSCmdlet cmdlet, BounceReport report, string source)
    {
        if (!report.IsBounce)
        {
            cmdlet.WriteVerbose($"{source}: not a bounce ({report.NotBounceReason}).");
            return;
        }
        foreach (var record in report.Records)
            cmdlet.WriteObject(record);
    }
}
