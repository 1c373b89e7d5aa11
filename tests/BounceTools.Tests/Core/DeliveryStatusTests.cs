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
    [InlineData("5.0.0", "5.1.1", "5.1.1")]
    [InlineData("", "5.1.1", "5.1.1")]
    [InlineData("5.2.2", "5.1.1", "5.2.2")]
    [InlineData("5.0.0", "4.4.7", "5.0.0")]
    [InlineData("5.0.0", "", "5.0.0")]
    [InlineData("bogus", "", "")]
    public void Prefers_a_specific_code_from_the_text_over_a_generic_status(string reported, string fromText, string expected) =>
        Assert.Equal(expected, RecordBuilder.BetterStatus(reported, fromText));
}
