using BounceTools.Parsing;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

public sealed class RewrittenLinksTests
{
    [Theory]
    [InlineData(
        "550 5.7.1 see https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fpostmaster.example.net%2Ferr%3Fcode%3D7&data=05%7C02%7C&sdata=x%3D&reserved=0 for details",
        "550 5.7.1 see https://postmaster.example.net/err?code=7 for details")]
    [InlineData(
        "550 5.7.1 see https://urldefense.com/v3/__https://postmaster.example.net/err?code=7__;!!AbC1!xYz2$ for details",
        "550 5.7.1 see https://postmaster.example.net/err?code=7 for details")]
    [InlineData(
        "550 5.7.1 see https://urldefense.proofpoint.com/v2/url?u=https-3A__postmaster.example.net_err-3Fcode-3D7-5Fa&d=DwMF&c=abc&r=def&m=ghi&s=jkl&e= for details",
        "550 5.7.1 see https://postmaster.example.net/err?code=7_a for details")]
    [InlineData(
        "<a href=\"https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fpostmaster.example.net%2Ferr&amp;data=05%7C02&amp;reserved=0\">https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fpostmaster.example.net%2Ferr&amp;data=05%7C02&amp;reserved=0</a>",
        "<a href=\"https://postmaster.example.net/err\">https://postmaster.example.net/err</a>")]
    [InlineData(
        "550 5.7.1 see https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Feur02.safelinks.protection.outlook.com%2F%3Furl%3Dhttps%253A%252F%252Fpostmaster.example.net%252Ferr%253Fcode%253D7%26data%3D05%257C02%26reserved%3D0&data=05%7C02&reserved=0 for details",
        "550 5.7.1 see https://postmaster.example.net/err?code=7 for details")]
    [InlineData(
        "550 5.7.1 see https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Furldefense.com%2Fv3%2F__https%3A%2F%2Fpostmaster.example.net%2Ferr__%3B!!AbC1!xYz2%24&data=05%7C02&reserved=0 for details",
        "550 5.7.1 see https://postmaster.example.net/err for details")]
    [InlineData("550 5.1.1 https://postmaster.example.net/err?code=7 unknown", "550 5.1.1 https://postmaster.example.net/err?code=7 unknown")]
    [InlineData("https://safelinks.protection.outlook.com/ alone", "https://safelinks.protection.outlook.com/ alone")]
    public void Puts_back_the_link_a_mail_filter_rewrote(string text, string restored) =>
        Assert.Equal(restored, RewrittenLinks.Restore(text));
}
