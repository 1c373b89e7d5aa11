using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

public sealed class EightBitTextTests
{
    [Theory]
    [InlineData(new byte[] { 0x62, 0x6F, 0xC3, 0xAE, 0x74, 0x65 }, "boîte")] // UTF-8
    [InlineData(new byte[] { 0x62, 0x6F, 0xEE, 0x74, 0x65 }, "boîte")] // Latin-1
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBD, 0x20, 0xC3, 0xA9 }, "\uFFFD é")] // UTF-8 that writes U+FFFD itself
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBD, 0x20, 0xE9 }, "ï¿½ é")] // the same beside a Latin-1 byte: not UTF-8
    [InlineData(new byte[] { 0x61, 0xC3 }, "aÃ")] // a sequence cut off at the end
    public void Reads_undeclared_bytes_as_UTF8_when_they_are_and_as_Latin1_otherwise(byte[] bytes, string expected) =>
        Assert.Equal(expected, EightBitText.Decode(bytes, bytes.Length, charset: null, fallback: null));
}
