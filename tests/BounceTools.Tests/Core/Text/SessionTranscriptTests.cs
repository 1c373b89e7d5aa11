using BounceTools.Recognizers.Text;
using Xunit;

namespace BounceTools.Tests.Core.Text;

public sealed class SessionTranscriptTests
{
    [Fact]
    public void Ties_each_recipient_to_the_host_command_and_reply()
    {
        var lines = BodyLines.From(
            "While talking to mail.example.org:\n>>> RCPT To:<ann@example.org>\n<<< 550 Requested mailbox not found\n550 <ann@example.org>... User unknown\n" +
            "550 <bob@example.net>... Host unknown (Authoritative answer from name server)\n" +
            "   ----- Unsent message follows -----\n");

        var transcript = SessionTranscript.Read(lines, 0, line => line.TrimStart().StartsWith("-----"));

        var ann = transcript.Find("ann@example.org");
        Assert.NotNull(ann);
        Assert.Equal("RCPT", ann!.Command);
        Assert.Equal("mail.example.org", ann.Host);
        Assert.Contains("Requested mailbox not found", ann.Text);
        Assert.Contains("Host unknown", transcript.Find("bob@example.net")!.Text);
    }

    [Fact]
    public void Does_not_give_one_recipients_reply_to_the_next()
    {
        var lines = BodyLines.From(
            "... while talking to mx.example.net.:\n>>> DATA\n<<< 550 5.1.1 <ann@example.net>... User unknown\n550 5.1.1 <ann@example.net>... User unknown\n" +
            "<<< 503 5.0.0 Need RCPT (recipient)\n550 5.1.2 <bob@nohost.example.org>... Host unknown (Name server: nohost.example.org: host not found)\n");

        var transcript = SessionTranscript.Read(lines, 0, _ => false);

        Assert.Contains("User unknown", transcript.Find("ann@example.net")!.Text);
        Assert.Equal("550 5.1.2 <bob@nohost.example.org>... Host unknown (Name server: nohost.example.org: host not found)", transcript.Find("bob@nohost.example.org")!.Text);
    }

    [Fact]
    public void Keeps_what_a_local_delivery_program_said_about_the_recipient()
    {
        var lines = BodyLines.From(
            "mail.local: unknown user: ann\n554 5.3.0 <ann@example.org>... Service unavailable\n" +
            "   ----- Original message follows -----\n");

        var ann = SessionTranscript.Read(lines, 0, line => line.TrimStart().StartsWith("-----")).Find("ann@example.org");

        Assert.NotNull(ann);
        Assert.Equal("mail.local: unknown user: ann (554 5.3.0 <ann@example.org>... Service unavailable)", ann!.Text);
        Assert.Equal(string.Empty, ann.Command);
    }

    [Fact]
    public void Leaves_notice_prose_after_an_smtp_session_out()
    {
        var lines = BodyLines.From(
            "... while talking to mx.example.org.:\n>>> DATA\n<<< 452 4.2.2 Mailbox full\n" +
            "Warning: message still undelivered after 4 hours\n<ann@example.org>... Deferred: 452 4.2.2 Mailbox full\n");

        var ann = SessionTranscript.Read(lines, 0, line => line.TrimStart().StartsWith("-----")).Find("ann@example.org");

        Assert.Equal("452 4.2.2 Mailbox full (<ann@example.org>... Deferred: 452 4.2.2 Mailbox full)", ann!.Text);
    }

    [Theory]
    [InlineData("Traceback: cannot connect\n554 5.3.0 unknown mailer error 75\n", "554 5.3.0 unknown mailer error 75")]
    [InlineData("550 5.1.1 ann@example.org... User unknown\n", "")]
    [InlineData(">>> DATA\n<<< 554 5.7.1 Rejected\n", "")]
    public void Keeps_the_reporting_servers_closing_line(string text, string closing) =>
        Assert.Equal(closing, SessionTranscript.Read(BodyLines.From(text), 0, line => false).Closing);

    [Fact]
    public void Reads_delivery_status_fields_written_into_the_text()
    {
        var lines = BodyLines.From("Some prose.\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.1.1\n");
        var status = InlineDeliveryStatus.Find(lines);
        Assert.NotNull(status);
        Assert.Equal("rfc822; ann@example.org", status!.PerRecipient[0]["Final-Recipient"]);
    }
}
