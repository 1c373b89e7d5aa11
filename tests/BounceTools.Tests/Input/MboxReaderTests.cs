using System.IO.Compression;
using System.Text;
using BounceTools.Input;
using Xunit;

namespace BounceTools.Tests.Input;

public sealed class MboxReaderTests
{
    private static List<MboxMessage> Read(string mbox, int maxBytes = 1 << 20) =>
        MboxReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(mbox)), maxBytes).ToList();

    private static string Text(MboxMessage message) => Encoding.ASCII.GetString(message.Content);

    [Fact]
    public void Splits_at_from_lines_that_follow_a_blank_line()
    {
        var messages = Read("From a@example.com Mon Nov  9 10:00:00 2026\nSubject: one\n\nbody\nFrom here on it is body\n\nFrom b@example.com Mon Nov  9 10:01:00 2026\nSubject: two\n\nbody two\n");
        Assert.Equal(2, messages.Count);
        Assert.Equal("Subject: one\n\nbody\nFrom here on it is body\n", Text(messages[0]));
        Assert.Equal("Subject: two\n\nbody two", Text(messages[1]));
    }

    [Theory]
    [InlineData("From b@example.com Mon Nov  9 10:01:00 2026")]
    [InlineData("From MAILER-DAEMON  Thu Jul  2 12:05:05 2026")]
    [InlineData("From double-bounce@mx.example.net Mon Nov  9 10:01 EST 2026")]
    public void Splits_at_a_complete_separator_that_follows_a_closing_boundary_without_the_blank_line(string separator)
    {
        var messages = Read("From a@example.com Mon Nov  9 10:00:00 2026\nSubject: one\n\n--boundary--\n" + separator + "\nSubject: two\n\nbody two\n");
        Assert.Equal(2, messages.Count);
        Assert.Equal("Subject: one\n\n--boundary--", Text(messages[0]));
        Assert.Equal("Subject: two\n\nbody two", Text(messages[1]));
    }

    [Fact]
    public void Keeps_a_complete_separator_inside_a_body_as_text()
    {
        var message = Read("From a@example.com Mon Nov  9 10:00:00 2026\nSubject: one\n\nbounced mail:\nFrom b@example.com Mon Nov  9 10:01:00 2026\nDate: x\n").Single();
        Assert.Equal("Subject: one\n\nbounced mail:\nFrom b@example.com Mon Nov  9 10:01:00 2026\nDate: x", Text(message));
    }

    [Fact]
    public void Numbers_messages_and_records_their_offsets()
    {
        const string first = "From a@example.com Mon Nov  9 10:00:00 2026\nSubject: one\n\nx\n\n";
        var messages = Read(first + "From b@example.com Mon Nov  9 10:01:00 2026\nSubject: two\n\ny\n");
        Assert.Equal(new[] { 1, 2 }, messages.Select(m => m.Number));
        Assert.Equal(new long[] { 0, first.Length }, messages.Select(m => m.Offset));
    }

    [Fact]
    public void Removes_one_level_of_from_quoting()
    {
        var message = Read("From a@example.com Mon Nov  9 10:00:00 2026\nSubject: q\n\n>From the start\n>>From deeper\n> From not quoting\n").Single();
        Assert.Equal("Subject: q\n\nFrom the start\n>From deeper\n> From not quoting", Text(message));
    }

    [Fact]
    public void Reads_crlf_mailboxes()
    {
        var messages = Read("From a@example.com Mon Nov  9 10:00:00 2026\r\nSubject: one\r\n\r\nx\r\n\r\nFrom b@example.com Mon Nov  9 10:01:00 2026\r\nSubject: two\r\n\r\ny\r\n");
        Assert.Equal(2, messages.Count);
        Assert.Equal("Subject: one\r\n\r\nx\r\n", Text(messages[0]));
    }

    [Fact]
    public void Reads_mailboxes_with_lone_carriage_returns()
    {
        var messages = Read("From a@example.com Mon Nov  9 10:00:00 2026\rSubject: one\r\rx\r\rFrom b@example.com Mon Nov  9 10:01:00 2026\rSubject: two\r\ry\r");
        Assert.Equal(2, messages.Count);
        Assert.Equal("Subject: one\r\rx\r", Text(messages[0]));
    }

    [Fact]
    public void Keeps_empty_messages_and_a_truncated_last_message()
    {
        var messages = Read("From a@example.com Mon Nov  9 10:00:00 2026\n\nFrom b@example.com Mon Nov  9 10:01:00 2026\nSubject: cut off mid-hea");
        Assert.Equal(2, messages.Count);
        Assert.Empty(messages[0].Content);
        Assert.Equal("Subject: cut off mid-hea", Text(messages[1]));
    }

    [Fact]
    public void Keeps_only_a_bounded_prefix_of_a_huge_message()
    {
        var big = new string('x', 200) + "\n";
        var mbox = "From a@example.com Mon Nov  9 10:00:00 2026\nSubject: big\n\n" + string.Concat(Enumerable.Repeat(big, 100)) + "\nFrom b@example.com Mon Nov  9 10:01:00 2026\nSubject: small\n\n.\n";
        var messages = Read(mbox, maxBytes: 1000);
        Assert.True(messages[0].IsTruncated);
        Assert.True(messages[0].Content.Length <= 1000);
        Assert.False(messages[1].IsTruncated);
        Assert.Equal("Subject: small\n\n.", Text(messages[1]));
    }

    [Fact]
    public void Tells_an_mbox_from_a_message()
    {
        Assert.True(MboxReader.LooksLikeMbox(Encoding.ASCII.GetBytes("From x"), 6));
        Assert.False(MboxReader.LooksLikeMbox(Encoding.ASCII.GetBytes("From: x"), 7));
    }
}

public sealed class MessageFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bt-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Gzip(byte[] content)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(content);
        return buffer.ToArray();
    }

    [Fact]
    public void Parses_a_gzip_compressed_message()
    {
        var path = Write("bounce.eml.gz", Gzip(File.ReadAllBytes(Fixtures.Sample("delayed.eml"))));
        var result = MessageFile.Parse(path);
        Assert.False(result.IsMailbox);
        Assert.Equal("ops@example.org", result.Report!.Records.Single().Recipient);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Parses_an_apple_mail_emlx_without_its_property_list(string newline)
    {
        var message = File.ReadAllBytes(Fixtures.Sample("delayed.eml"));
        var plist = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n";
        var path = Write("12345.emlx", [.. Encoding.ASCII.GetBytes(message.Length + newline), .. message, .. Encoding.ASCII.GetBytes(plist)]);

        var result = MessageFile.Parse(path);

        Assert.False(result.IsMailbox);
        Assert.Equal("ops@example.org", result.Report!.Records.Single().Recipient);
        Assert.DoesNotContain("plist", result.Report.Records.Single().DiagnosticCode);
    }

    [Fact]
    public void Streams_a_gzip_compressed_mailbox_whatever_its_name()
    {
        var message = File.ReadAllText(Fixtures.Sample("user-unknown.eml"));
        var mbox = "From MAILER-DAEMON Tue Nov 10 09:14:22 2026\n" + message + "\nFrom MAILER-DAEMON Tue Nov 10 09:15:00 2026\n" + message;
        var path = Write("export.dat", Gzip(Encoding.UTF8.GetBytes(mbox)));

        Assert.True(MessageFile.Parse(path).IsMailbox);
        var reports = MessageFile.ReadMailbox(path).Select(m => BounceParser.Parse(m, path)).ToList();
        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Equal("jane.doe@example.org", r.Records.Single().Recipient));
        Assert.Equal(2, reports[1].Records[0].MessageNumber);
    }

    [Fact]
    public void Reports_corrupt_compression_as_a_parse_error()
    {
        var gzip = Gzip(Encoding.ASCII.GetBytes(new string('a', 5000)));
        Array.Fill<byte>(gzip, 0x55, 10, gzip.Length - 20);
        var path = Write("broken.gz", gzip);
        var error = Assert.Throws<BounceParseException>(() => MessageFile.Parse(path));
        Assert.Equal("CorruptCompression", error.ErrorKind);
    }

    [Fact]
    public void Lists_maildir_cur_and_new_but_not_tmp()
    {
        foreach (var sub in new[] { "cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp" })
            Directory.CreateDirectory(Path.Combine(_folder, sub));
        Write("cur/1.eml", [1]);
        Write("new/2.eml", [1]);
        Write("tmp/3.eml", [1]);
        Write("dovecot-uidlist", [1]);
        Write(".Sent/cur/4.eml", [1]);

        var files = MessageDirectory.EnumerateFiles(_folder).Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/'));
        Assert.Equal(new[] { "cur/1.eml", "new/2.eml", ".Sent/cur/4.eml" }, files);
    }
}
