using System.IO.Compression;
using BounceTools.Input;
using Xunit;

namespace BounceTools.Tests.Robustness;

/// <summary>A small compressed file can hold a huge message: the size limit applies after decompression.</summary>
public sealed class CompressedInputTests
{
    [Fact]
    public void A_gzip_bomb_stops_at_the_message_size_limit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bt-bomb-{Guid.NewGuid()}.eml.gz");
        try
        {
            using (var file = File.Create(path))
            using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            using (var message = HostileMessages.Huge(BounceParserOptions.Default.MaxMessageBytes + 1024 * 1024))
                message.CopyTo(gzip);
            Assert.InRange(new FileInfo(path).Length, 1, BounceParserOptions.Default.MaxMessageBytes / 20);

            var error = Assert.Throws<BounceParseException>(() => MessageFile.Parse(path));
            Assert.Equal("MessageTooLarge", error.ErrorKind);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
