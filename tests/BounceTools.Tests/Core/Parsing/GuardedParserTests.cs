using System.Text;
using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

/// <summary>One parser serves every message of a thread: nothing of one message may leak into the next.</summary>
public sealed class GuardedParserTests
{
    [Fact]
    public void Messages_parsed_one_after_another_on_a_thread_stay_apart()
    {
        var first = Parse("Subject: first\r\nContent-Type: text/plain\r\n\r\nbody one\r\n");
        var second = Parse("Subject: second\r\n\r\nbody two\r\n");
        Assert.Equal("first", first.Subject);
        Assert.Equal("second", second.Subject);
        Assert.Equal("body one", first.TextBody!.Trim());
        Assert.Equal("body two", second.TextBody!.Trim());
    }

    [Fact]
    public void A_message_over_the_part_limit_does_not_spoil_the_next_one()
    {
        var parts = string.Concat(Enumerable.Range(0, 20).Select(i => $"--b\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n"));
        var tooMany = "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n";
        var error = Assert.Throws<BounceParseException>(() => GuardedParser.OfThisThread.Parse(Stream(tooMany), maxParts: 5));
        Assert.Equal("TooManyParts", error.ErrorKind);

        var next = GuardedParser.OfThisThread.Parse(Stream(tooMany), maxParts: 100);
        Assert.Equal(20, next.BodyParts.Count());
    }

    [Fact]
    public void Reads_a_header_block_between_messages()
    {
        var headers = GuardedParser.OfThisThread.ParseHeaders(Stream("Message-ID: <abc@example.org>\r\nSubject: quoted\r\n\r\n"));
        Assert.Equal("quoted", headers[MimeKit.HeaderId.Subject]);
        Assert.Equal("after", Parse("Subject: after\r\n\r\nx\r\n").Subject);
    }

    private static MimeKit.MimeMessage Parse(string text) => GuardedParser.OfThisThread.Parse(Stream(text), maxParts: 100);

    private static MemoryStream Stream(string text) => new(Encoding.ASCII.GetBytes(text));
}
