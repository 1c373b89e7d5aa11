using System.Text;
using Xunit;

namespace BounceTools.Tests.Core;

/// <summary>
/// Japanese carriers write their notices in ISO-2022-JP, Shift_JIS or EUC-JP; the text must
/// decode on .NET (Core), where those encodings are not built in. The encoded notice is given
/// as bytes so that the test does not itself make the encodings available.
/// </summary>
public sealed class LegacyCharsetTests
{
    private const string Notice = "次のあて先へのメッセージは受信拒否設定により送信できませんでした。";

    [Theory]
    [InlineData("iso-2022-jp", "GyRCPCEkTiQiJEZAaCRYJE4lYSVDJTshPCU4JE88dT8uNXFIXUBfRGokSyRoJGpBdz8uJEckLSReJDskcyRHJDckPyEjGyhC")]
    [InlineData("shift_jis", "jp+CzIKggsSQ5oLWgsyDgYNig1qBW4NXgs2O85BNi5GU25DdkuiCyYLmguiRl5BNgsWCq4LcgrmC8YLFgrWCvYFC")]
    [InlineData("euc-jp", "vKGkzqSipMbA6KTYpM6l4aXDpbuhvKW4pM+89b+utfHI3cDfxOqky6TopOrB97+upMekraTepLuk86THpLekv6Gj")]
    public void Japanese_notice_text_decodes(string charset, string encodedNotice)
    {
        var head = "From: <Postmaster@ezweb.ne.jp>\r\nTo: sender@example.org\r\nSubject: Mail System Error - Returned Mail\r\n" +
                   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=" + charset + "\r\n\r\n";
        var tail = "\r\n\r\n<kaito@ezweb.ne.jp>\r\n\r\nEach of the following recipients was rejected by a remote mail server.\r\n";
        var bytes = Encoding.ASCII.GetBytes(head).Concat(Convert.FromBase64String(encodedNotice)).Concat(Encoding.ASCII.GetBytes(tail)).ToArray();

        var record = Assert.Single(BounceParser.Parse(bytes).Records);

        Assert.Equal("kaito@ezweb.ne.jp", record.Recipient);
        Assert.Contains(Notice, record.DiagnosticCode);
    }
}
