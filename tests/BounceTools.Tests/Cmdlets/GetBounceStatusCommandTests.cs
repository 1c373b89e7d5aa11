using Xunit;

namespace BounceTools.Tests.Cmdlets;

public sealed class GetBounceStatusCommandTests
{
    [Fact]
    public void Emits_one_record_per_recipient()
    {
        var (output, errors) = PowerShellHost.Invoke("Get-BounceStatus -LiteralPath $file", ("file", Fixtures.Sample("two-recipients.eml")));
        Assert.Empty(errors);
        var records = output.Select(o => Assert.IsType<BounceRecord>(o.BaseObject)).ToList();
        Assert.Equal(new[] { "ghost@example.net", "full.box@example.org" }, records.Select(r => r.Recipient));
    }

    [Fact]
    public void Expands_wildcards()
    {
        var (output, _) = PowerShellHost.Invoke("Get-BounceStatus -Path (Join-Path $folder '*.eml')", ("folder", Fixtures.Samples));
        Assert.Equal(7, output.Count);
    }

    [Fact]
    public void Binds_file_objects_from_the_pipeline()
    {
        var (output, _) = PowerShellHost.Invoke("Get-Item -LiteralPath $file | Get-BounceStatus", ("file", Fixtures.Sample("delayed.eml")));
        Assert.Equal("delayed", ((BounceRecord)output.Single().BaseObject).Action);
    }

    [Fact]
    public void Writes_a_non_terminating_error_and_continues()
    {
        var (output, errors) = PowerShellHost.Invoke(
            "Get-BounceStatus -LiteralPath (Join-Path $folder 'missing.eml'), (Join-Path $folder 'delayed.eml')",
            ("folder", Fixtures.Samples));
        Assert.Single(output);
        var error = Assert.Single(errors);
        Assert.Equal("PathNotFound,BounceTools.Commands.GetBounceStatusCommand", error.FullyQualifiedErrorId);
        Assert.EndsWith("missing.eml", (string)error.TargetObject);
    }

    [Fact]
    public void Rejects_a_directory()
    {
        var (output, errors) = PowerShellHost.Invoke("Get-BounceStatus -LiteralPath $folder", ("folder", Fixtures.Samples));
        Assert.Empty(output);
        Assert.Equal("PathIsDirectory,BounceTools.Commands.GetBounceStatusCommand", Assert.Single(errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void Converts_raw_text()
    {
        var text = File.ReadAllText(Fixtures.Sample("user-unknown.eml"));
        var (output, errors) = PowerShellHost.Invoke("$text | ConvertFrom-BounceMessage", ("text", text));
        Assert.Empty(errors);
        Assert.Equal("5.1.1", ((BounceRecord)output.Single().BaseObject).Status);
    }
}
