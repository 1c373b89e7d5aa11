using System.Text;
using Xunit;

namespace BounceTools.Tests.Core;

/// <summary>
/// The same message stored with LF, CRLF, bare CR or doubled-CR (CR CR LF, CRLF text converted
/// once more) line endings gives the same records: every format fixture is rewritten four ways
/// and parsed again.
/// </summary>
public sealed class LineEndingTests
{
    public static TheoryData<string> Fixtures() => FormatFixtureTests.Cases();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Line_endings_do_not_change_the_records(string fixture)
    {
        var original = File.ReadAllBytes(Path.Combine(BounceTools.Tests.Fixtures.Root, "formats", fixture));
        var lf = ToLf(original);

        var expected = Describe(BounceParser.Parse(lf));
        Assert.Equal(expected, Describe(BounceParser.Parse(Replace(lf, "\n", "\r\n"))));
        Assert.Equal(expected, Describe(BounceParser.Parse(Replace(lf, "\n", "\r"))));
        Assert.Equal(expected, Describe(BounceParser.Parse(Replace(lf, "\n", "\r\r\n"))));
    }

    private static byte[] ToLf(byte[] content) =>
        Replace(Replace(content, "\r\n", "\n"), "\r", "\n");

    /// <summary>Byte-wise replacement, so 8-bit and legacy-charset bodies pass through untouched.</summary>
    private static byte[] Replace(byte[] content, string from, string to)
    {
        var latin1 = Encoding.Latin1;
        return latin1.GetBytes(latin1.GetString(content).Replace(from, to));
    }

    private static string Describe(BounceReport report) =>
        report.Format + "\n" + string.Join("\n", report.Records.Select(r => string.Join("|",
            r.Recipient, r.Action, r.Status, r.ReplyCode, r.Reason, r.ReasonSource, r.IsHardBounce,
            r.DiagnosticCode, r.SmtpCommand, r.RemoteMta, r.FeedbackType, r.SourceIp,
            r.OriginalMessageId, r.OriginalSubject, r.Sender)));
}
