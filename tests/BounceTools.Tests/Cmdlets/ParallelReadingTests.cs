using System.Management.Automation;
using Xunit;

namespace BounceTools.Tests.Cmdlets;

public sealed class ParallelReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bt-parallel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Copies of the samples whose recipients encode their position, in a shuffled-size order.</summary>
    private List<string> MakeFiles(int count)
    {
        var samples = Directory.GetFiles(Fixtures.Samples, "user-unknown.eml");
        var template = File.ReadAllText(samples[0]);
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(_folder, $"{i:D4}.eml");
            // Alternate small and padded messages so workers finish out of order.
            var padding = i % 3 == 0 ? "\n" + new string('x', 200_000) : string.Empty;
            File.WriteAllText(path, template.Replace("jane.doe@example.org", $"user{i:D4}@example.org") + padding);
            paths.Add(path);
        }
        return paths;
    }

    [Fact]
    public void Output_keeps_the_input_order()
    {
        var paths = MakeFiles(60);
        var (output, errors) = PowerShellHost.Invoke("$files | Get-BounceStatus -ThrottleLimit 4", ("files", paths.ToArray()));
        Assert.Empty(errors);
        Assert.Equal(paths.Select((_, i) => $"user{i:D4}@example.org"), output.Select(o => ((BounceRecord)o.BaseObject).Recipient));
    }

    [Fact]
    public void Reports_progress_and_completes_it()
    {
        var paths = MakeFiles(5);
        using var shell = CreateShell();
        shell.AddCommand("Get-BounceStatus").AddParameter("LiteralPath", paths.ToArray());
        shell.Invoke();
        var progress = shell.Streams.Progress.ToList();
        Assert.NotEmpty(progress);
        Assert.StartsWith("Reading bounces", progress[0].Activity);
        Assert.Equal(ProgressRecordType.Completed, progress[^1].RecordType);
        Assert.Contains("5 messages read, 5 records", progress[^1].StatusDescription);
    }

    [Fact]
    public void Honours_progress_preference()
    {
        var paths = MakeFiles(3);
        using var shell = CreateShell();
        shell.AddScript("$ProgressPreference = 'SilentlyContinue'; Get-BounceStatus -LiteralPath $args[0]").AddArgument(paths.ToArray());
        shell.Invoke();
        Assert.Empty(shell.Streams.Progress);
    }

    [Fact]
    public void Stops_when_the_pipeline_is_stopped()
    {
        var paths = MakeFiles(30);
        using var shell = CreateShell();
        // An endless supply of input: only Stop can end this pipeline.
        shell.AddScript("$files = $args[0]; & { while ($true) { $files } } | Get-BounceStatus -ThrottleLimit 2").AddArgument(paths.ToArray());
        var output = new PSDataCollection<PSObject>();
        var started = new ManualResetEventSlim();
        output.DataAdded += (_, _) => started.Set();
        var run = shell.BeginInvoke<PSObject, PSObject>(null, output);
        Assert.True(started.Wait(TimeSpan.FromMinutes(2)), "no output before stopping");
        shell.Stop();
        Assert.True(run.AsyncWaitHandle.WaitOne(TimeSpan.FromMinutes(2)), "the pipeline did not stop");
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
    }

    private static PowerShell CreateShell() => PowerShellHost.CreateShell();
}
