using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using BounceTools.Loading;

namespace BounceTools.Commands;

/// <summary>Reads bounce message files and mailboxes and emits one record per affected recipient.</summary>
[Cmdlet(VerbsCommon.Get, "BounceStatus", DefaultParameterSetName = PathSet)]
[OutputType(typeof(BounceRecord))]
public sealed class GetBounceStatusCommand : PSCmdlet, IDisposable
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";
    private const string InputObjectSet = "InputObject";

    private BounceFileReader? _reader;

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = null!;

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = null!;

    /// <summary>
    /// Files and folders as Get-ChildItem emits them. Bound by value, a piped file spares PowerShell
    /// the lookup of its PSPath, which took a quarter of the pipeline thread's time over many files.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
    public FileSystemInfo[] InputObject { get; set; } = null!;

    /// <summary>Read the files of directories (and Maildir cur/ and new/ folders) and their subdirectories.</summary>
    [Parameter]
    public SwitchParameter Recurse { get; set; }

    /// <summary>How many messages are parsed at once; defaults to the number of processors.</summary>
    [Parameter]
    [ValidateRange(1, 256)]
    public int ThrottleLimit { get; set; } = Environment.ProcessorCount;

    protected override void BeginProcessing()
    {
        if (NativeCore.LibraryPath != null)
            WriteDebug($"Parsing with the natively compiled core at {NativeCore.LibraryPath}.");
        else if (NativeCore.LoadFailure != null)
            WriteDebug(NativeCore.LoadFailure);
        _reader = new BounceFileReader(this, ThrottleLimit);
    }

    protected override void ProcessRecord()
    {
        foreach (var file in InputFiles())
            _reader!.Add(file);
        _reader!.WriteReady();
    }

    private IEnumerable<string> InputFiles()
    {
        if (ParameterSetName == InputObjectSet)
            return InputObject.SelectMany(item => item is FileInfo ? new[] { item.FullName } : InputResolver.ResolveFiles(this, item.FullName, literal: true, Recurse));
        var literal = ParameterSetName == LiteralPathSet;
        return (literal ? LiteralPath : Path).SelectMany(input => InputResolver.ResolveFiles(this, input, literal, Recurse));
    }

    protected override void EndProcessing() => _reader!.Finish();

    protected override void StopProcessing() => _reader?.Stop();

    public void Dispose() => _reader?.Dispose();
}
