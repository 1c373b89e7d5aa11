using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core;

public sealed class DeliveryStatusTests
{
    private const string Report =
        "Reporting-MTA: dns; mx.example.net\r\n" +
        "Received-From-MTA: dns; app.example.com\r\n" +
        "Arrival-Date: Tue, 10 Nov 2026 09:14:20 +0100\r\n" +
        "Original-Envelope-Id: env-42\r\n" +
        "\r\n" +
        "Final-Recipient: rfc822; one@example.org\r\n" +
        "Action: failed\r\n" +
        "Status: 5.1.1 (bad mailbox)\r\n" +
        "Diagnostic-Code: smtp; 550 5.1.1 no such\r\n" +
        "    user here\r\n" +
        "\r\n" +
        "Final-Recipient: rfc822; two@example.org\r\n" +
        "Action: delayed\r\n" +
        "Status: 4.4.1\r\n" +
        "Will-Retry-Until: Sat, 14 Nov 2026 09:14:20 +0100\r\n";

    [Fact]
    public void Reads_per_message_and_per_recipient_blocks()
    {
        var status = DeliveryStatus.Parse(Report)!;
        Assert.Equal("dns; mx.example.net", status.PerMessage["reporting-mta"]);
        Assert.Equal(2, status.PerRecipient.Count);
        Assert.Equal("smtp; 550 5.1.1 no such user here", status.PerRecipient[0]["Diagnostic-Code"]);
    }

    [Fact]
    public void Fills_the_draft_with_unfolded_typed_values()
    {
        var draft = new BounceTools.Recognizers.BounceDraft();
        BounceTools.Recognizers.DeliveryStatusReader.Fill(DeliveryStatus.Parse(Report)!, draft);

        Assert.Equal("mx.example.net", draft.ReportingMta);
        Assert.Equal("app.example.com", draft.ReceivedFromMta);
        Assert.Equal("env-42", draft.OriginalEnvelopeId);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 9, 14, 20, TimeSpan.FromHours(1)), draft.ArrivalDate);
        var first = draft.Recipients[0];
        Assert.Equal("5.1.1", first.Status);
        Assert.Equal("smtp", first.DiagnosticType);
        Assert.Equal("550 5.1.1 no such user here", first.DiagnosticCode);
        Assert.Equal("delayed", draft.Recipients[1].Action);
        Assert.NotNull(draft.Recipients[1].WillRetryUntil);
    }

    [Fact]
    public void Separates_recipients_written_without_blank_lines()
    {
        var status = DeliveryStatus.Parse(
            "Reporting-MTA: dns; mx.example.net\n" +
            "Arrival-Date: Tue, 10 Nov 2026 09:14:20 +0100\n" +
            "Final-Recipient: rfc822; one@example.org\n" +
            "Original-Recipient: rfc822;one@example.org\n" +
            "Action: failed\nStatus: 5.2.2\n" +
            "Original-Recipient: rfc822;two@example.org\n" +
            "Final-Recipient: rfc822; two@example.org\n" +
            "Action: failed\nStatus: 5.1.1\n")!;
        Assert.Equal("dns; mx.example.net", status.PerMessage["Reporting-MTA"]);
        Assert.Equal(new[] { "5.2.2", "5.1.1" }, status.PerRecipient.Select(r => r["Status"]));
        Assert.Equal("rfc822;two@example.org", status.PerRecipient[1]["Original-Recipient"]);
    }

    [Fact]
    public void Keeps_fields_written_before_the_recipient_with_it()
    {
        var status = DeliveryStatus.Parse(
            "Reporting-MTA: dns; mx.example.net\n\n" +
            "Diagnostic-Code: smtp; 550 5.1.1 no such user\n" +
            "Status: 5.1.1\n" +
            "Final-Recipient: rfc822; one@example.org\n" +
            "Action: failed\n")!;
        var recipient = Assert.Single(status.PerRecipient);
        Assert.Equal("5.1.1", recipient["Status"]);
        Assert.Equal("smtp; 550 5.1.1 no such user", recipient["Diagnostic-Code"]);
    }

    [Fact]
    public void Keeps_original_recipient_after_final_recipient_and_action_in_one_block()
    {
        var status = DeliveryStatus.Parse(
            "Reporting-MTA: dns; mx.example.net\n\n" +
            "Action: failed\n" +
            "Final-Recipient: rfc822; one@example.org\n" +
            "Original-Recipient: rfc822; one@example.org\n" +
            "Status: 5.1.1\n")!;
        var recipient = Assert.Single(status.PerRecipient);
        Assert.Equal("failed", recipient["Action"]);
        Assert.Equal("5.1.1", recipient["Status"]);
    }

    [Fact]
    public void Returns_null_without_recipient_blocks() =>
        Assert.Null(DeliveryStatus.Parse("Reporting-MTA: dns; mx.example.net\n"));

    [Theory]
    [InlineData("5.0.0", "550 5.1.1 no such user", "5.1.1")]
    [InlineData("", "550 5.1.1 no such user", "5.1.1")]
    [InlineData("5.2.2", "mailbox over quota, see 5.1.1", "5.2.2")]
    [InlineData("5.1.1", "552 5.2.2 Over quota", "5.2.2")]
    [InlineData("5.1.1", "452 4.2.2 Over quota", "5.1.1")]
    [InlineData("5.1.1", "550 5.0.0 Rejected", "5.1.1")]
    [InlineData("4.4.7", "450 4.7.1 Client host rejected", "4.7.1")]
    [InlineData("4.4.7", "retry timeout exceeded", "4.4.7")]
    [InlineData("5.4.7", "421 4.7.0 try again later", "5.4.7")]
    [InlineData("", "550 4.4.7 QUEUE.Expired; 441 4.4.1 Failed to connect", "4.4.1")]
    [InlineData("5.0.0", "550 4.4.7 message expired", "5.0.0")]
    [InlineData("5.0.0", "", "5.0.0")]
    [InlineData("5.1.0", "5.1.0 - Unknown address error ('550', ['5.1.1 <a@example.org>... User unknown'])", "5.1.1")]
    [InlineData("5.3.0", "5.3.0 - Other mail system problem ('552', ['5.3.4 Message too big'])", "5.3.4")]
    [InlineData("5.1.0", "5.1.0 - Unknown address error ('550', ['5.7.1 Relaying denied'])", "5.1.0")]
    [InlineData("5.0.0", "5.1.0 - Unknown address error 550-'5.1.1 <a@example.org>: Recipient address rejected'", "5.1.1")]
    [InlineData("", "5.3.0 - Other mail system problem 552-'5.3.4 Message size exceeds fixed limit'", "5.3.4")]
    [InlineData("bogus", "", "")]
    public void Prefers_the_code_that_tells_the_cause(string reported, string diagnostic, string expected) =>
        Assert.Equal(expected, BounceTools.Classification.StatusCodes.MostTelling(reported, diagnostic));

    [Theory]
    [InlineData("   * ann@example.org", "ann@example.org", false)]
    [InlineData("<ANN@example.org>", "ann@example.org", false)]
    [InlineData("Did not reach the following recipient: ann@example.org", "ann@example.org", true)]
    [InlineData("", "ann@example.org", false)]
    public void Tells_a_bare_address_line_from_words_about_it(string paragraph, string address, bool saysMore) =>
        Assert.Equal(saysMore, RecordBuilder.SaysMoreThanTheAddress(paragraph, address));

    [Theory]
    [InlineData("4.0.0 (mx.example.net: host name lookup failure)", "mx.example.net: host name lookup failure")]
    [InlineData("5.1.1", "")]
    [InlineData(null, "")]
    public void Reads_the_comment_of_a_status_field(string? value, string comment) =>
        Assert.Equal(comment, BounceTools.Recognizers.DeliveryStatusReader.StatusComment(value));

    [Fact]
    public void A_status_comment_stands_in_for_a_missing_diagnostic()
    {
        var draft = new BounceTools.Recognizers.BounceDraft();
        BounceTools.Recognizers.DeliveryStatusReader.Fill(DeliveryStatus.Parse(
            "Reporting-MTA: dns; mx.example.org\n\n" +
            "Final-Recipient: rfc822;ann@example.net\nAction: delayed\nStatus: 4.0.0 (example.net: host name lookup failure)\n\n" +
            "Final-Recipient: rfc822;bob@example.net\nAction: failed\nStatus: 5.0.0 (permanent failure)\nDiagnostic-Code: smtp; 550 user unknown\n")!, draft);
        Assert.Equal("example.net: host name lookup failure", draft.Recipients[0].DiagnosticCode);
        Assert.Equal("550 user unknown", draft.Recipients[1].DiagnosticCode);
    }
}
