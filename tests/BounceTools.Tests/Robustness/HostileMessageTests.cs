using System.Text;
using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>Extreme messages: each is read within the limits or rejected with the limit's ErrorKind.</summary>
public sealed class HostileMessageTests
{
    [Theory]
    [InlineData(Limits.MaxMultipartDepth + 1)]
    [InlineData(5000)]
    public void Nesting_past_the_limit_is_rejected_as_too_deep(int levels)
    {
        Assert.Equal("NestingTooDeep", ParseOutcome.ErrorKindOf(HostileMessages.Nested(levels)));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        Assert.NotNull(ParseOutcome.Of(HostileMessages.Nested(Limits.MaxMultipartDepth), "nested"));
        Assert.NotNull(ParseOutcome.Of(HostileMessages.NestedMessages(Limits.MaxMultipartDepth), "nested messages"));
    }

    [Theory]
    [InlineData(Limits.MaxMultipartDepth + 1)]
    [InlineData(3000)]
    public void Attached_messages_nested_past_the_limit_are_rejected_as_too_deep(int levels)
    {
        Assert.Equal("NestingTooDeep", ParseOutcome.ErrorKindOf(HostileMessages.NestedMessages(levels)));
    }

    [Fact]
    public void A_100_MB_message_is_rejected_without_being_read_past_the_limit()
    {
        using var message = HostileMessages.Huge(100L * 1024 * 1024);
        var error = Assert.Throws<BounceParseException>(() => BounceParser.Parse(message));
        Assert.Equal("MessageTooLarge", error.ErrorKind);
        Assert.True(message.BytesRead <= BounceParserOptions.Default.MaxMessageBytes + 1,
            $"read {message.BytesRead} bytes of {message.TotalLength}");
    }

    [Fact]
    public void A_100_MB_message_is_read_when_the_size_limit_allows_it()
    {
        using var message = HostileMessages.Huge(100L * 1024 * 1024);
        var report = BounceParser.Parse(message, string.Empty, new BounceParserOptions { MaxMessageBytes = 128L * 1024 * 1024 });
        Assert.Equal(HostileMessages.Recipient, Assert.Single(report.Records).Recipient);
    }

    [Fact]
    public void A_seekable_message_over_the_size_limit_is_rejected_before_parsing()
    {
        var options = new BounceParserOptions { MaxMessageBytes = 100 };
        Assert.Equal("MessageTooLarge", ParseOutcome.ErrorKindOf(HostileMessages.Report(), options));
    }

    [Fact]
    public void A_1_MB_header_line_is_rejected_as_too_large()
    {
        Assert.Equal("HeaderTooLarge", ParseOutcome.ErrorKindOf(HostileMessages.LongHeaderLine(1024 * 1024)));
    }

    [Fact]
    public void A_header_line_within_the_limit_is_read()
    {
        var report = ParseOutcome.Of(HostileMessages.LongHeaderLine(Limits.MaxHeaderFieldBytes - 100), "long header line");
        Assert.Equal(HostileMessages.Recipient, Assert.Single(report!.Records).Recipient);
    }

    [Theory]
    [InlineData("message")]
    [InlineData("part")]
    [InlineData("attached message")]
    [InlineData("attached message after blank lines")]
    public void A_header_field_folded_past_the_limit_is_rejected_wherever_it_is(string place)
    {
        var message = HostileMessages.WithHeaderField(HostileMessages.FoldedField(Limits.MaxHeaderFieldBytes + 100), place);
        Assert.Equal("HeaderTooLarge", ParseOutcome.ErrorKindOf(message));
    }

    [Fact]
    public void Header_blocks_larger_than_the_limit_together_are_rejected()
    {
        var options = new BounceParserOptions { MaxHeaderBytes = 4096 };
        var fields = string.Concat(Enumerable.Range(0, 100).Select(i => $"X-F{i}: {new string('v', 40)}\r\n"));
        Assert.Equal("HeaderTooLarge", ParseOutcome.ErrorKindOf(HostileMessages.Report(HostileMessages.RecipientBlock(), fields), options));
    }

    [Fact]
    public void A_Diagnostic_Code_of_100000_lines_is_kept_up_to_the_limit()
    {
        var report = ParseOutcome.Of(HostileMessages.LongDiagnostic(100_000), "long diagnostic");
        var record = Assert.Single(report!.Records);
        Assert.Equal(BounceParserOptions.Default.MaxDiagnosticChars, record.DiagnosticCode.Length);
        Assert.StartsWith("550 5.1.1 user unknown", record.DiagnosticCode);
        Assert.Equal("5.1.1", record.Status);
    }

    [Fact]
    public void Recipients_up_to_the_limit_are_all_reported()
    {
        var report = ParseOutcome.Of(HostileMessages.Recipients(BounceParserOptions.Default.MaxRecipients), "recipients");
        Assert.Equal(BounceParserOptions.Default.MaxRecipients, report!.Records.Count);
    }

    [Fact]
    public void More_recipients_than_the_limit_are_rejected()
    {
        var options = new BounceParserOptions { MaxRecipients = 10 };
        Assert.Equal("TooManyRecipients", ParseOutcome.ErrorKindOf(HostileMessages.Recipients(11), options));
    }

    [Fact]
    public void A_plain_text_notice_listing_more_recipients_than_the_limit_is_rejected()
    {
        var options = new BounceParserOptions { MaxRecipients = 20 };
        Assert.Equal(20, ParseOutcome.Of(HostileMessages.SendmailNotice(20), "notice", options)!.Records.Count);
        Assert.Equal("TooManyRecipients", ParseOutcome.ErrorKindOf(HostileMessages.SendmailNotice(21), options));
    }

    [Fact]
    public void More_header_fields_than_the_limit_are_rejected()
    {
        Assert.Equal("TooManyHeaderFields", ParseOutcome.ErrorKindOf(HostileMessages.HeaderFields(BounceParserOptions.Default.MaxHeaderFields)));
    }

    [Fact]
    public void More_parts_than_the_limit_are_rejected()
    {
        Assert.Equal("TooManyParts", ParseOutcome.ErrorKindOf(HostileMessages.Parts(BounceParserOptions.Default.MaxMimeParts)));
    }

    [Fact]
    public void Text_gathered_from_all_parts_stops_at_the_part_text_bound()
    {
        var mime = MessageLoader.Load(new MemoryStream(Encoding.ASCII.GetBytes(HostileMessages.LongTextParts(5, 600_000))), BounceParserOptions.Default);
        Assert.InRange(new BounceMessage(mime).AllText.Length, Limits.MaxPartTextChars, Limits.MaxPartTextChars + 10);
    }

    [Fact]
    public void A_limit_below_one_is_a_caller_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BounceParser.Parse(Array.Empty<byte>(), string.Empty, new BounceParserOptions { MaxRecipients = 0 }));
    }

    [Theory]
    [InlineData("rfc822; jane@example.org (Jane (the) Doe)", "jane@example.org")]
    [InlineData("rfc822; <jane@example.org> \"Jane, Doe\"", "jane@example.org")]
    [InlineData("rfc822; \"jane doe\"@example.org", "@example.org")]
    [InlineData("rfc822; \"a(b)c\"@example.org (comment \"with\" quote)", "@example.org")]
    [InlineData("utf-8; jürgen@bücher.example.org", "jürgen@bücher.example.org")]
    [InlineData("rfc822; (unclosed comment jane@example.org", "")]
    [InlineData("rfc822; \"unclosed quote@example.org", "example.org")]
    public void Addresses_with_quotes_comments_and_utf8_are_read(string finalRecipient, string expected)
    {
        var block = $"Final-Recipient: {finalRecipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n";
        var report = ParseOutcome.Of(HostileMessages.Report(block), finalRecipient);
        Assert.NotNull(report);
        foreach (var record in report!.Records)
            Assert.Contains(expected, record.Recipient);
    }
}
