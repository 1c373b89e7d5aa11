using System.Text;
using Xunit;

namespace BounceTools.Tests.Core;

public sealed class BounceParserTests
{
    [Fact]
    public void Reads_the_returned_original_headers()
    {
        var record = BounceParser.ParseFile(Fixtures.Sample("two-recipients.eml")).Records[0];
        Assert.Equal("invoice-2026-11-7781@example.com", record.OriginalMessageId);
        Assert.Equal("Your invoice 2026-11", record.OriginalSubject);
        Assert.Equal("billing@example.com", record.Sender);
        Assert.Equal("relay.example.com", record.ReportingMta);
        Assert.Equal("app02.example.com", record.ReceivedFromMta);
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 16, 2, 7, TimeSpan.Zero), record.Date);
    }

    [Fact]
    public void Reads_global_reports_with_utf8_headers()
    {
        var record = BounceParser.ParseFile(Fixtures.Sample("utf8-address.eml")).Records[0];
        Assert.Equal("Grüße aus München", record.OriginalSubject);
        Assert.Equal("jürgen@bücher.example.org", record.OriginalRecipient);
    }

    [Fact]
    public void Reports_the_source_path()
    {
        var path = Fixtures.Sample("delayed.eml");
        Assert.Equal(path, BounceParser.ParseFile(path).Records[0].Path);
    }

    [Fact]
    public void Names_the_recipients_it_cannot_complete()
    {
        var report = BounceParser.ParseFile(Path.Combine(Fixtures.Root, "formats", "plaintext", "screen-names-only.eml"));
        Assert.Empty(report.Records);
        Assert.Contains("katie77, bluefox2001", report.NotBounceReason);
    }

    [Fact]
    public void A_row_of_stars_below_the_address_is_no_diagnostic()
    {
        var record = BounceParser.ParseFile(Path.Combine(Fixtures.Root, "formats", "plaintext", "starred-bilingual.eml")).Records.Single();
        Assert.Equal("claire.dubois@example.fr", record.Recipient);
        Assert.Equal(string.Empty, record.DiagnosticCode);
    }

    [Fact]
    public void Ordinary_mail_is_not_a_bounce()
    {
        var report = BounceParser.Parse(Encoding.ASCII.GetBytes("From: a@example.com\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n"));
        Assert.False(report.IsBounce);
        Assert.Empty(report.Records);
        Assert.NotEmpty(report.NotBounceReason);
    }

    [Fact]
    public void A_stray_nul_after_the_headers_does_not_make_a_message_binary()
    {
        var bytes = File.ReadAllBytes(Fixtures.Sample("delayed.eml")).Append((byte)0).ToArray();
        Assert.Equal("ops@example.org", BounceParser.Parse(bytes).Records.Single().Recipient);
    }

    [Fact]
    public void Raw_bytes_in_the_body_do_not_make_a_message_binary()
    {
        var message = Encoding.ASCII.GetBytes("From: a@example.com\r\nTo: b@example.org\r\nSubject: scan\r\n\r\n")
            .Concat(Enumerable.Repeat((byte)0, 40)).Concat(Encoding.ASCII.GetBytes("\r\n")).ToArray();
        Assert.False(BounceParser.Parse(message).IsBounce);
    }

    [Theory]
    [InlineData("", "EmptyMessage")]
    [InlineData("From: a@example.com\0\0\0\0\0\0\0\0\0\0\nTo: b@example.org\n\nhello", "NotMimeMessage")]
    [InlineData("\n\nFrom: a@example.com\0\0\0\0\0\0\0\0\0\0\nTo: b@example.org\n\nhello", "NotMimeMessage")]
    [InlineData("just some words\nand more words\n", "NotMimeMessage")]
    [InlineData("\0\u0001\u0002binary", "NotMimeMessage")]
    public void Unreadable_input_raises_the_documented_error(string content, string kind)
    {
        var error = Assert.Throws<BounceParseException>(() => BounceParser.Parse(Encoding.UTF8.GetBytes(content)));
        Assert.Equal(kind, error.ErrorKind);
    }
}
