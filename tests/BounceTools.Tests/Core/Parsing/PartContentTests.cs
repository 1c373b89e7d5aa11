using System.Text;
using BounceTools.Parsing;
using MimeKit;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

public sealed class PartContentTests
{
    [Theory]
    [InlineData(ContentEncoding.Base64)]
    [InlineData(ContentEncoding.QuotedPrintable)]
    [InlineData(ContentEncoding.SevenBit)]
    [InlineData(ContentEncoding.UUEncode)]
    public void Undoes_the_transfer_encoding_as_MimeKit_does(ContentEncoding encoding)
    {
        var part = new TextPart("plain") { Text = "Boîte pleine: 552 5.2.2 mailbox full\n= not a soft break =\n" };
        part.ContentTransferEncoding = encoding;
        var parsed = Reparse(part);

        using var decoded = PartContent.ReadDecoded(parsed.Content!, 1024);
        using var expected = new MemoryStream();
        parsed.Content!.DecodeTo(expected);
        Assert.Equal(expected.ToArray(), decoded.Buffer.Take(decoded.Count).ToArray());
    }

    [Fact]
    public void Reads_no_more_than_the_cap()
    {
        var part = new TextPart("plain") { Text = new string('x', 5000), ContentTransferEncoding = ContentEncoding.Base64 };
        using var decoded = PartContent.ReadDecoded(Reparse(part).Content!, 100);
        Assert.Equal(100, decoded.Count);
    }

    /// <summary>Through a parse, so that the content is encoded bytes in a stream, as in a real message.</summary>
    private static MimePart Reparse(MimePart part)
    {
        var message = new MimeMessage { Body = part };
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        buffer.Position = 0;
        return (MimePart)MimeMessage.Load(new MemoryStream(buffer.ToArray())).Body!;
    }
}
