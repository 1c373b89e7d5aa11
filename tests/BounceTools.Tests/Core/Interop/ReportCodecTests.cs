using System.Reflection;
using BounceTools.Interop;
using Xunit;

namespace BounceTools.Tests.Core.Interop;

/// <summary>What the native core hands back must decode to the very records the managed core makes.</summary>
public sealed class ReportCodecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(Fixtures.Root, "formats");
        foreach (var family in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(family));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_survive_the_round_trip(string family)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures.Root, "formats", family), "*.eml"))
        {
            var report = BounceParser.ParseFile(file);
            var decoded = ReportCodec.Decode(ReportCodec.Report, ReportCodec.Encode(report));

            Assert.Equal(report.Format, decoded.Format);
            Assert.Equal(report.NotBounceReason, decoded.NotBounceReason);
            Assert.Equal(report.Records.Select(Describe), decoded.Records.Select(Describe));
        }
    }

    [Fact]
    public void Every_property_is_carried_including_the_optional_ones()
    {
        var record = new BounceRecord
        {
            Path = "/var/mail/a.eml", Recipient = "a@example.net", OriginalRecipient = "rfc822;a@example.net",
            Action = "failed", Status = "5.1.1", ReplyCode = 550, Reason = BounceReason.UserUnknown,
            ReasonSource = "status 5.1.1", IsHardBounce = true, DiagnosticCode = "550 5.1.1 no such user",
            DiagnosticType = "smtp", SmtpCommand = "RCPT", RemoteMta = "mx.example.net", ReportingMta = "mail.example.org",
            ReceivedFromMta = "client.example.org", Date = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(-5)),
            ArrivalDate = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromMinutes(330)),
            LastAttemptDate = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero),
            WillRetryUntil = new DateTimeOffset(2026, 11, 6, 9, 30, 0, TimeSpan.FromHours(1)),
            OriginalEnvelopeId = "env-1", OriginalMessageId = "<m1@example.org>", OriginalSubject = "Invoice",
            OriginalDate = new DateTimeOffset(2026, 11, 1, 7, 59, 0, TimeSpan.FromHours(2)), OriginalTo = "a@example.net",
            Sender = "billing@example.org", Format = "RFC3464", FeedbackType = "abuse", BounceMessageId = "<b1@example.org>",
            SourceIp = "192.0.2.7", MessageNumber = 12, MessageOffset = 4_294_967_396,
        };
        var report = new BounceReport(new[] { record, new BounceRecord() }, "RFC3464", string.Empty);

        var decoded = ReportCodec.Decode(ReportCodec.Report, ReportCodec.Encode(report));

        Assert.Equal(report.Records.Select(Describe), decoded.Records.Select(Describe));
        Assert.All(typeof(BounceRecord).GetProperties(), p => Assert.NotEqual(DefaultOf(p), p.GetValue(decoded.Records[0])));
    }

    [Fact]
    public void A_message_that_is_not_one_comes_back_as_the_same_parse_error()
    {
        var (status, content) = ReportCodec.EncodeFailure(new BounceParseException("The file is empty.", "EmptyMessage"));

        var error = Assert.Throws<BounceParseException>(() => ReportCodec.Decode(status, content));

        Assert.Equal("EmptyMessage", error.ErrorKind);
        Assert.Equal("The file is empty.", error.Message);
    }

    [Fact]
    public void A_fault_keeps_the_name_of_what_was_thrown()
    {
        var (status, content) = ReportCodec.EncodeFailure(new InvalidOperationException("Sequence contains no elements"));

        var fault = Assert.Throws<NativeCoreFault>(() => ReportCodec.Decode(status, content));

        Assert.Equal(nameof(InvalidOperationException), fault.FaultType);
        Assert.Equal("Sequence contains no elements", fault.Message);
    }

    private static string Describe(BounceRecord record) =>
        string.Join("|", typeof(BounceRecord).GetProperties().Select(p => $"{p.Name}={Format(p.GetValue(record))}"));

    private static string Format(object? value) => value is DateTimeOffset date ? date.ToString("O") : value?.ToString() ?? "<null>";

    private static object? DefaultOf(PropertyInfo property) =>
        property.PropertyType == typeof(string) ? string.Empty
        : property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) == null ? Activator.CreateInstance(property.PropertyType)
        : null;
}
