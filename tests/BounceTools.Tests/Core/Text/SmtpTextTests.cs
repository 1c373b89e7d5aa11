using BounceTools.Recognizers.Text;
using Xunit;

namespace BounceTools.Tests.Core.Text;

public sealed class SmtpTextTests
{
    [Theory]
    [InlineData("host mx.example.org[192.0.2.1] said: 550 No (in reply to RCPT TO command)", "RCPT")]
    [InlineData("said: 552 Too big (in reply to end of DATA command)", "DATA")]
    [InlineData("SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=1024:", "MAIL")]
    [InlineData("SMTP error from remote mail server after initial connection:", "CONN")]
    [InlineData("mx.example.org [192.0.2.1] did not like our final DATA:", "DATA")]
    [InlineData("lost connection with mx.example.org[192.0.2.1] while sending RCPT TO", "RCPT")]
    [InlineData("conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting", "CONN")]
    [InlineData("host mx.example.org refused to talk to me: 554 No (while performing the EHLO handshake)", "EHLO")]
    [InlineData("Connection refused", "")]
    [InlineData("550 5.2.1 The mailbox after the e-mail migration is disabled", "")]
    [InlineData("554 rejected at SMTP:RCPT stage", "RCPT")]
    [InlineData("452 Too many recipients (in reply to MAIL\tcommand)", "MAIL")]
    public void Names_the_command_a_failure_answered(string text, string command) =>
        Assert.Equal(command, SmtpText.FindCommand(text));

    [Theory]
    [InlineData("host MX.Example.org[192.0.2.1] said: 550", "mx.example.org")]
    [InlineData("host mx1.example.eu [192.0.2.32]: 554 5.7.1", "mx1.example.eu")]
    [InlineData("... while talking to mail.example.org.:", "mail.example.org")]
    [InlineData("host 192.0.2.22 [192.0.2.22]", "")]
    public void Names_the_remote_host(string text, string host) =>
        Assert.Equal(host, SmtpText.FindHost(text));
}
