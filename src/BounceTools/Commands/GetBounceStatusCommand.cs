using System.Management.Automation;

namespace BounceTools.Commands;

/// <summary>Reads bounce message files and emits one record per affected recipient.</summary>
[Cmdlet(VerbsCommon.Get, "BounceStatus", DefaultParameterSetName = PathSet)]
[OutputType(typeof(BounceRecord))]
public sealed class GetBounceStatusCommand : PSCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = null!;

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = null!;

    protected override void ProcessRecord()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var input in literal ? LiteralPath : Path)
            foreach (var file in InputResolver.ResolveFiles(this, input, literal))
                BounceOutput.WriteFile(this, file);
    }
}
