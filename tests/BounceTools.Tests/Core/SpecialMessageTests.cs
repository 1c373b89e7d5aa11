using System.Text;
using Xunit;

namespace BounceTools.Tests.Core;

/// <summary>Details of feedback reports and charset handling beyond what fixture expectations check.</summary>
public sealed class SpecialMessageTests
{
    [Fact]
    public void Feedback_report_carries_source_ip_and_original_message()
    {
        var record = BounceParser.ParseFile(Fixtures.File("formats/arf/abuse-two-recipients.eml")).Records[0];

        Assert.Equal("203.0.113.17", record.SourceIp);
        Assert.Equal("offer-2024-05-14.5521@mailer.example.org", record.OriginalMessageId);
        Assert.Equal("Spring offers for you", record.OriginalSubject);
        Assert.Equal("news@mailer.example.org", record.Sender);
        Assert.Equal("fbl1.feedback.example.net", record.ReportingMta);
        Assert.Equal("format ARF", record.ReasonSource);
    }

    [Fact]
    public void Base64_feedback_report_part_is_decoded()
    {
        var record = BounceParser.ParseFile(Fixtures.File("formats/arf/virus-base64-report.eml")).Records[0];

        Assert.Equal("2001:db8::25", record.SourceIp);
        Assert.Equal("promo@deals.example.org", record.Sender);
    }

    [Fact]
    public void Microsoft_complaint_takes_the_source_ip_from_its_subject()
    {
        var record = BounceParser.ParseFile(Fixtures.File("formats/arf/microsoft-complaint.eml")).Records[0];

        Assert.Equal("198.51.100.23", record.SourceIp);
        Assert.Equal("lc-88123@shop.example.com", record.OriginalMessageId);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    public void Legacy_charset_bodies_read_like_utf8(string charset)
    {
        var encoding = CodePagesEncoding(charset);
        var report = BounceParser.Parse(Report(charset, encoding));
        var record = Assert.Single(report.Records);

        Assert.Equal("MailboxFull", record.Reason.ToString());
        Assert.Contains("Postfach voll für Empfänger", record.DiagnosticCode);
    }

    private static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    private static byte[] Report(string charset, Encoding encoding)
    {
        var head =
            "From: MAILER-DAEMON@relay.example.com\n" +
            "To: sender@example.com\n" +
            "Subject: Undelivered Mail Returned to Sender\n" +
            "MIME-Version: 1.0\n" +
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n" +
            "--b1\n" +
            "Content-Type: text/plain; charset=" + charset + "\n" +
            "Content-Transfer-Encoding: 8bit\n\n";
        var text = "Die Nachricht konnte nicht zugestellt werden.\n\n";
        var status =
            "--b1\n" +
            "Content-Type: message/delivery-status; charset=" + charset + "\n" +
            "Content-Transfer-Encoding: 8bit\n\n" +
            "Reporting-MTA: dns; relay.example.com\n\n" +
            "Final-Recipient: rfc822; uwe@example.de\n" +
            "Action: failed\n" +
            "Status: 5.2.2\n" +
            "Diagnostic-Code: smtp; 552 5.2.2 Postfach voll für Empfänger\n\n" +
            "--b1--\n";
        return Encoding.ASCII.GetBytes(head).Concat(encoding.GetBytes(text)).Concat(encoding.GetBytes(status)).ToArray();
    }
}
