using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Knowledge;

public sealed class ProviderDetectorTests
{
    [Theory]
    [InlineData("gmail-smtp-in.l.google.com", "Gmail")]
    [InlineData("550 5.1.1 ... d2si123 - gsmtp", "Gmail")]
    [InlineData("example-com.mail.protection.outlook.com", "Microsoft 365")]
    [InlineData("[DM6PR01MB1234.namprd01.prod.outlook.com]", "Microsoft 365")]
    [InlineData("hotmail-com.olc.protection.outlook.com", "Outlook.com")]
    [InlineData("refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF.prod.outlook.com]", "Outlook.com")]
    [InlineData("Microsoft ESMTP MAIL Service ready", "Exchange")]
    [InlineData("mta7.am0.yahoodns.net", "Yahoo/AOL")]
    [InlineData("mx-aol.mail.gm0.yahoodns.net", "Yahoo/AOL")]
    [InlineData("mx01.mail.icloud.com", "Apple iCloud")]
    [InlineData("blocked using zen.spamhaus.org", "Spamhaus")]
    [InlineData("eu-smtp-inbound-1.mimecast.com", "Mimecast")]
    [InlineData("cluster1.eu.messagelabs.com", "MessageLabs")]
    [InlineData("mx.east.cox.net", "Cox")]
    [InlineData("mailstore1.secureserver.net", "GoDaddy")]
    [InlineData("smtp-in.orange.fr", "Orange")]
    [InlineData("smtpz4.laposte.net", "La Poste")]
    [InlineData("mx.zoho.com", "Zoho")]
    [InlineData("mxs.mail.ru", "Mail.ru")]
    [InlineData("mx.yandex.net", "Yandex")]
    [InlineData("mx00.emig.gmx.net", "GMX")]
    [InlineData("mx00.ionos.de", "1&1")]
    [InlineData("mx3.qq.com", "Tencent")]
    [InlineData("mx.charter.net", "Spectrum")]
    public void Names_the_provider(string text, string provider) => Assert.Equal(provider, ProviderDetector.Detect(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mail.example.org")]
    [InlineData("mx.acme.com")]
    [InlineData("mx.notgmx.net")]
    [InlineData("my-yahoodns.net.example")]
    public void Returns_null_without_a_marker(string? text) => Assert.Null(ProviderDetector.Detect(text));

    [Fact]
    public void Groups_the_microsoft_services()
    {
        Assert.Equal("Microsoft", ProviderDetector.FamilyOf("Exchange"));
        Assert.Equal("Microsoft", ProviderDetector.FamilyOf("Outlook.com"));
        Assert.Equal("Gmail", ProviderDetector.FamilyOf("Gmail"));
    }

    [Fact]
    public void Puts_la_poste_with_orange() => Assert.Equal("Orange", ProviderDetector.FamilyOf("La Poste"));
}
