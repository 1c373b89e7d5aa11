using System.Text;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using Xunit;

namespace BounceTools.Tests.Core.Parsing;

/// <summary>Plain From fields are read without MimeKit's address parser; others still go through it.</summary>
public sealed class FromAddressTests
{
    [Theory]
    [InlineData("Mail Delivery System <MAILER-DAEMON@mx.Example.org>", "mailer-daemon@mx.example.org", "Mail Delivery System")]
    [InlineData("MAILER-DAEMON@example.org (Mail Delivery Subsystem)", "mailer-daemon@example.org", "Mail Delivery Subsystem")]
    [InlineData("postmaster@example.org", "postmaster@example.org", "")]
    [InlineData("\"Doe, John <boss>\" <john@example.org>", "john@example.org", "Doe, John <boss>")]
    [InlineData("=?utf-8?q?Syst=C3=A8me_de_messagerie?= <postmaster@example.fr>", "postmaster@example.fr", "Système de messagerie")]
    [InlineData("undisclosed: ;, <first@example.org>", "first@example.org", "")]
    public void Reads_the_address_and_name_of_the_bounce_sender(string from, string address, string name)
    {
        var message = Load("From: " + from + "\r\nSubject: x\r\n\r\nbody\r\n");
        Assert.Equal(address, message.FromAddress);
        Assert.Equal(name.Length > 0, NoticeHeaders.FromNameContains(message, name.Length > 0 ? name : "no such name"));
    }

    private static BounceMessage Load(string text) =>
        new(MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(text))));
}
