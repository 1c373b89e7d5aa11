using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

public sealed class SmtpCommandFinderTests
{
    [Theory]
    [InlineData("host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown (in reply to RCPT TO command)", "RCPT")]
    [InlineData("host mx.example.com[192.0.2.1] said: 552 5.3.4 Message too big (in reply to end of DATA command)", "DATA")]
    [InlineData("host mx.example.com said: 553 sender rejected (in reply to MAIL FROM\n    command)", "MAIL")]
    [InlineData("SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 Unrouteable address", "RCPT")]
    [InlineData("SMTP error from remote mail server after pipelined RCPT TO:<a@example.com>: 550 No such user", "RCPT")]
    [InlineData("SMTP error from remote mail server after end of data: 554 Message rejected", "DATA")]
    [InlineData("SMTP error from remote mail server after MAIL FROM:<> SIZE=1024: 550 Sender denied", "MAIL")]
    [InlineData("SMTP error from remote mail server after initial connection: 554 Access denied", "CONN")]
    [InlineData("lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting", "CONN")]
    [InlineData("conversation with mx.example.com[192.0.2.1] timed out while sending end of data -- message may be sent more than once", "DATA")]
    [InlineData("... while talking to mx.example.org.:\n>>> MAIL From:<s@example.com> SIZE=100\n<<< 250 OK\n>>> RCPT To:<a@example.org>\n<<< 550 5.1.1 <a@example.org>... User unknown\n", "RCPT")]
    [InlineData("host mx.example.org[192.0.2.1] refused to talk to me: 554 5.7.1 Service unavailable; client host blocked", "CONN")]
    [InlineData("host mx.example.org[192.0.2.1] refused to\n    talk to me: 554 5.7.1 Service unavailable; client host blocked", "CONN")]
    [InlineData("host mx.example.org[192.0.2.1] refused to talk to\n    me: 554- (RTR:BL) 554 Connecting IP: 192.0.2.7", "CONN")]
    [InlineData("550 5.1.1 User unknown", "")]
    [InlineData("", "")]
    public void Finds_the_command_in_mta_wording(string text, string expected)
    {
        Assert.Equal(expected, SmtpCommandFinder.FromText(text));
    }

    [Fact]
    public void Reads_the_paragraph_about_the_recipient()
    {
        const string body =
            "This is the mail system at host relay.example.com.\n\n" +
            "<first@example.net>: host mx.example.net[192.0.2.7] said: 552 5.2.2 Mailbox full (in\n    reply to end of DATA command)\n\n" +
            "<second@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 No such\n    user (in reply to RCPT TO command)\n";

        Assert.Equal("DATA", SmtpCommandFinder.FromParagraph(body, "first@example.net"));
        Assert.Equal("RCPT", SmtpCommandFinder.FromParagraph(body, "SECOND@example.net"));
        Assert.Equal("", SmtpCommandFinder.FromParagraph(body, "third@example.net"));
    }
}
