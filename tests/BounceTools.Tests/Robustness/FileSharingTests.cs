using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>
/// ParseFile must not stand in the way of a mail server delivering into the same folder: while it
/// reads a file, another handle can open that file for writing.
/// </summary>
public sealed class FileSharingTests
{
    [Fact]
    public void A_writer_can_open_a_file_while_the_parser_holds_it()
    {
        // Linux only: the open handles of this process are read from /proc/self/fd.
        if (!OperatingSystem.IsLinux())
            return;

        var path = Path.Combine(Path.GetTempPath(), $"bt-sharing-{Guid.NewGuid()}.eml");
        using (var file = File.Create(path))
        using (var message = HostileMessages.Huge(32L * 1024 * 1024))
            message.CopyTo(file);
        try
        {
            var stop = false;
            var writesWhileParsing = 0;
            Exception? refused = null;
            var writer = new Thread(() =>
            {
                while (!Volatile.Read(ref stop))
                {
                    if (!IsOpenInThisProcess(path))
                        continue;
                    try
                    {
                        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                        writesWhileParsing++;
                    }
                    catch (IOException e)
                    {
                        refused = e;
                    }
                }
            });
            writer.Start();
            var report = BounceParser.ParseFile(path);
            Volatile.Write(ref stop, true);
            writer.Join();

            Assert.Null(refused);
            Assert.True(writesWhileParsing > 0, "the writer never caught the parser with the file open");
            Assert.Single(report.Records);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool IsOpenInThisProcess(string path)
    {
        foreach (var descriptor in Directory.EnumerateFiles("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(descriptor).LinkTarget == path)
                    return true;
            }
            catch (IOException)
            {
                // The descriptor closed while it was being looked at.
            }
        }
        return false;
    }
}
