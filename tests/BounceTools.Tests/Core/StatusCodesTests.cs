using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core;

public sealed class StatusCodesTests
{
    [Theory]
    [InlineData("550 5.1.1 <a@example.org>: Recipient address rejected", 550, "5.1.1")]
    [InlineData("550-5.1.1 The email account that you tried to reach does not exist", 550, "5.1.1")]
    [InlineData("554 #5.7.1 rejected", 554, "5.7.1")]
    [InlineData("Remote server replied: 552 (#5.2.2) mailbox full", 552, "5.2.2")]
    [InlineData("#5.1.1 bad address", null, "5.1.1")]
    [InlineData("Status: 4.4.7", null, "4.4.7")]
    [InlineData("554 Transaction failed", 554, "")]
    [InlineData("connect to mx.example.org[10.2.3.4]:25: Connection refused", null, "")]
    [InlineData("host 192.0.2.5 said: 450 4.2.1 slow down", 450, "4.2.1")]
    [InlineData("Mailer version 1.5.0.2 failed", null, "")]
    [InlineData("by mx.example.org with esmtps (Exim 4.97.1) id 1tQz8c-0000000A1b2-3Xk9", null, "")]
    [InlineData("Remote server said: 550 5.17.1 rejected", 550, "")]
    [InlineData("", null, "")]
    public void Finds_reply_and_enhanced_codes(string text, int? reply, string status)
    {
        var found = StatusCodes.Extract(text);
        Assert.Equal(reply, found.ReplyCode);
        Assert.Equal(status, found.Status);
    }

    [Theory]
    [InlineData("5.0.0", true)]
    [InlineData("", true)]
    [InlineData("5.1.1", false)]
    public void Knows_generic_codes(string status, bool generic) =>
        Assert.Equal(generic, StatusCodes.IsGeneric(status));

    [Theory]
    [InlineData("552 5.2.2 Over quota", "5.2.2")]
    [InlineData("  550-5.1.1 The account does not exist", "5.1.1")]
    [InlineData("host mx.example.org said: 550 5.1.1 unknown", "")]
    [InlineData("Over quota (5.2.2)", "")]
    [InlineData("", "")]
    public void Reads_the_code_of_a_reply_that_opens_the_text(string text, string status) =>
        Assert.Equal(status, StatusCodes.LeadingReplyStatus(text));

    [Theory]
    [InlineData("550 4.4.7 QUEUE.Expired; then 441 4.4.1 connection failed", "4.4.1")]
    [InlineData("554 5.0.0 Service unavailable", "")]
    [InlineData("450 4.7.1 Client host rejected", "4.7.1")]
    [InlineData("400 4.4.7 Message delayed 451 4.4.0 Primary target IP address responded with: \"452 4.2.2 Mailbox full\"", "4.2.2")]
    [InlineData("451 4.3.0 Temporary local problem", "4.3.0")]
    [InlineData(null, "")]
    public void Finds_the_first_code_that_tells_a_cause(string? text, string status) =>
        Assert.Equal(status, StatusCodes.FirstTelling(text));

    /// <summary>A Status field keeps any code of the RFC 3463 syntax; only running text is held to the defined subjects.</summary>
    [Theory]
    [InlineData("5.9.8", "X-XWall; 5.9.8 Spam", "5.9.8")]
    [InlineData("", "(Exim 4.97.1) 550 rejected", "")]
    [InlineData("5.1.1.2", "550 5.1.1 unknown", "5.1.1")]
    public void A_reported_status_of_any_subject_stands(string reported, string diagnostic, string status) =>
        Assert.Equal(status, StatusCodes.MostTelling(reported, diagnostic));

    /// <summary>The remote reply's code replaces the reported one, unless it only names the subject the report details.</summary>
    [Theory]
    [InlineData("5.1.1", "550 5.1.0 <a@example.org>: recipient rejected - no such user", "5.1.1")]
    [InlineData("5.2.0", "552 5.2.2 <a@example.org>: Mailbox quota exceeded", "5.2.2")]
    [InlineData("5.0.0", "550 5.1.0 Address rejected", "5.1.0")]
    [InlineData("5.7.1", "550 5.1.0 Address rejected", "5.1.0")]
    public void The_more_detailed_of_reported_and_replied_code_wins(string reported, string diagnostic, string status) =>
        Assert.Equal(status, StatusCodes.MostTelling(reported, diagnostic));

    /// <summary>Under 4.4.7, a relay's own code of the same subject (Exchange's 4.4.0) tells nothing more; the remote's code of another subject does.</summary>
    [Theory]
    [InlineData("4.4.7", "400 4.4.7 Message delayed 451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry", "4.4.7")]
    [InlineData("4.4.7", "400 4.4.7 Message delayed 451 4.4.0 Primary target IP address responded with: \"421 4.7.0 Try again later\"", "4.7.0")]
    [InlineData("4.4.7", "400 4.4.7 Message delayed 451 4.4.0 Primary target IP address responded with: \"452 4.2.2 Mailbox full\"", "4.2.2")]
    [InlineData("4.4.7", "400 4.4.7 Message delayed 451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\" Attempted failover to alternate host, but that did not succeed.", "4.4.7")]
    public void A_relay_code_of_the_expired_status_subject_gives_way(string reported, string diagnostic, string status) =>
        Assert.Equal(status, StatusCodes.MostTelling(reported, diagnostic));

    [Theory]
    [InlineData(550, "failed", "5.0.0")]
    [InlineData(421, "delayed", "4.0.0")]
    [InlineData(451, "failed", "4.0.0")]
    [InlineData(250, "delivered", "2.0.0")]
    [InlineData(250, "failed", "")]
    [InlineData(null, "failed", "")]
    [InlineData(354, "failed", "")]
    public void A_bare_reply_code_implies_the_class_of_its_status(int? replyCode, string action, string expected) =>
        Assert.Equal(expected, StatusCodes.OfReplyCode(replyCode, action));
}
