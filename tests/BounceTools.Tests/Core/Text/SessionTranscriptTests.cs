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
    public void Reads_delivery_status_fields_written_into_the_text()
    {
        var lines = BodyLines.From("Some prose.\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.1.1\n");
        var status = InlineDeliveryStatus.Find(lines);
        Assert.NotNull(status);
        Assert.Equal("rfc822; ann@example.org", status!.PerRecipient[0]["Final-Recipient"]);
    }
}
