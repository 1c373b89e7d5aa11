using BounceTools.Knowledge;
using Xunit;

namespace BounceTools.Tests.Knowledge;

/// <summary>
/// Diagnostic texts as servers write them, and the entry that must come first for each, named by
/// the provider's own form of the code (or the registry code) and the provider.
/// </summary>
public sealed class ExplainTextTests
{
    public static TheoryData<string, string, string?> ServerTexts() => new()
    {
        // Gmail
        { "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser d2si123 - gsmtp", "550 5.1.1", "Gmail" },
        { "452-4.2.2 The email account that you tried to reach is over quota. Please direct\n452 4.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaTemp a1si2345 - gsmtp", "452 4.2.2", "Gmail" },
        { "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n550-5.7.26 DMARC policy. Please contact the administrator of example.com domain. - gsmtp", "550 5.7.26", "Gmail" },
        { "550-5.7.1 [192.0.2.1] Our system has detected that this message is not RFC 5322\n550-5.7.1 compliant: 'From' header is missing. - gsmtp", "550 5.7.1 (RFC 5322)", "Gmail" },
        { "550-5.7.1 [192.0.2.1] Our system has detected that this message is likely\n550-5.7.1 unsolicited mail. To reduce the amount of spam sent to Gmail - gsmtp", "550 5.7.1", "Gmail" },
        { "421-4.7.0 [192.0.2.1] Our system has detected an unusual rate of\n421-4.7.0 unsolicited mail originating from your IP address. - gsmtp", "421 4.7.0", "Gmail" },
        { "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain - gsmtp", "421 4.7.28", "Gmail" },
        { "421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp", "421 4.7.32", "Gmail" },
        { "552-5.2.2 The email account that you tried to reach is over quota and inactive. - gsmtp", "552 5.2.2", "Gmail" },
        // Microsoft 365, Exchange and Outlook.com
        { "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found [DM6PR01MB1234.namprd01.prod.outlook.com 2026-11-27T10:00:00.000Z]", "5.1.1", "Microsoft 365" },
        { "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]", "5.7.606-649", "Microsoft 365" },
        { "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM12FT012.eop-nam12.prod.protection.outlook.com]", "5.4.1 (Recipient address rejected)", "Microsoft 365" },
        { "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [SA2NAM02FT005.eop-nam02.prod.protection.outlook.com]", "5.7.509", "Microsoft 365" },
        { "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded [AM0PR01MB1234.eurprd01.prod.outlook.com]", "5.2.2", "Microsoft 365" },
        { "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00025F98.EURPRD83.prod.outlook.com]", "550 5.7.1 (S3140 / S3150)", "Outlook.com" },
        { "421 RP-001 (BAY004-MC1F1) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.", "421 RP-001", "Outlook.com" },
        { "550 SC-001 (BAY004-MC5F25) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider.", "550 SC-001", "Outlook.com" },
        { "550 5.7.515 Access denied, sending domain [EXAMPLE.COM] doesn't meet the required authentication level. [SN1PEPF000252A0.namprd05.prod.outlook.com]", "550 5.7.515", "Outlook.com" },
        { "#550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ## Microsoft Exchange Server", "5.4.4", "Exchange" },
        { "Remote Server returned '550 5.7.950 Delivery not authorized, message refused by transport rule'  Microsoft ESMTP MAIL Service", "5.7.900-999", "Exchange" },
        // Yahoo and AOL
        { "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "421 4.7.0 [TSS04]", "Yahoo/AOL" },
        { "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", "553 5.7.2 [TSS09/TSS11]", "Yahoo/AOL" },
        { "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1005.mail.gq1.yahoo.com", "554 delivery error: dd ... doesn't have a ... account", "Yahoo/AOL" },
        { "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes", "554 5.7.9 / [PH01]", "Yahoo/AOL" },
        // The same copied from Outlook behind Safe Links, which rewrote the link that names Yahoo.
        { "554 5.7.9 Message not accepted for policy reasons.  See https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fpostmaster.yahooinc.com%2Ferror-codes&data=05%7C02%7C%7C0%7C0&sdata=QQ%3D%3D&reserved=0", "554 5.7.9 / [PH01]", "Yahoo/AOL" },
        // Apple iCloud
        { "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.", "554 5.7.1 [HME1]", "Apple iCloud" },
        { "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137", "550 5.7.1 [CS01]", "Apple iCloud" },
        { "552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue. Please visit https://support.google.com/mail/?p=BlockedMessage - gsmtp", "552 5.7.0", "Gmail" },
        { "550-5.7.1 [2001:db8::1] This message does not meet IPv6 sending guidelines regarding PTR records and authentication. - gsmtp", "550 5.7.1 (IPv6)", "Gmail" },
        { "550 5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser", "550 5.1.1", "Gmail" },
        { "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com]", "5.4.6 / 5.4.14", "Microsoft 365" },
        { "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]", "5.7.705 / 5.7.708 (5.7.700-749)", "Microsoft 365" },
        { "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB5EUR03FT033.eop-EUR03.prod.protection.outlook.com]", "5.5.0", "Microsoft 365" },
        { "#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found> #SMTP#", "5.1.1", "Microsoft 365" },
        { "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/errors/550-bl23.html", "553 5.7.1 [BL21/BL23]", "Yahoo/AOL" },
        { "550 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137 mx01.mail.icloud.com", "554 5.7.1 (DMARC)", "Apple iCloud" },
        { "521 5.2.1 : AOL will not accept delivery of this message.", "5.2.1", null },
        { "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized [Stage: CreateMessage]", "5.7.1 (Delivery not authorized)", "Microsoft 365" },
        { "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/", "5.7.606-649", "Microsoft 365" },
        // An unregistered code that exactly one provider defines, with no provider named in the text
        { "5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)", "5.7.520", "Microsoft 365" },
        { "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.", "451 4.7.650 (S775)", "Outlook.com" },
        // Servers without provider entries: the registry answers
        { "host mail.example.org[192.0.2.10] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", "5.1.1", null },
        { "SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.1.1 <bob@example.net>... User unknown", "5.1.1", null },
        { "Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "5.7.1", null },
        { "450 4.7.1 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.example/help/example.net.html", "4.7.1", null },
        { "552 5.2.2 <carol@example.org>: Mailbox full", "5.2.2", null },
        { "556 5.1.10 <x@nomail.example>: Recipient address has null MX", "5.1.10", null },
        { "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net", "5.7.1", null },
        { "550 Rejected by header based Anti-Spoofing policy - https://community.mimecast.com/docs/DOC-1369#550 [xYz.us123]", "550", null },
        { "550 5.7.999 Rejected by an unregistered local rule", "5.7.999", null },
        { "Diagnostic-Code: smtp; 421 4.4.2 mx.example.com Error: timeout exceeded", "4.4.2", null },
        // An expiry that quotes the failure behind it: the cause leads, as in Get-BounceStatus
        { "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>", "4.4.2", null },
    };

    [Theory]
    [MemberData(nameof(ServerTexts))]
    public void Puts_the_most_specific_entry_first(string text, string code, string? provider)
    {
        var first = KnowledgeBase.Default.Explain(text).First();
        Assert.Equal((code, provider), (first.ProviderCode ?? first.Code, first.Provider));
    }

    [Fact]
    public void Orders_provider_variant_exact_code_subject_default_class_default_then_reply_code()
    {
        var entries = KnowledgeBase.Default.Explain("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. - gsmtp");
        Assert.Equal(
            new[] { ("550 5.7.26", "Gmail"), ("5.7.26", null), ("5.7.0", null), ("5.0.0", null), ("550", (string?)null) },
            entries.Select(entry => (entry.ProviderCode ?? entry.Code, entry.Provider)));
    }

    [Fact]
    public void A_listing_named_in_a_rejection_follows_the_rejections_own_code()
    {
        var entries = KnowledgeBase.Default.Explain("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org=127.0.0.4");
        Assert.Equal(
            new[] { ("5.7.1", null), ("127.0.0.4 (XBL/CBL)", "Spamhaus"), ("5.7.0", null), ("5.0.0", null), ("554", (string?)null) },
            entries.Select(entry => (entry.ProviderCode ?? entry.Code, entry.Provider)));
    }

    [Fact]
    public void A_listing_named_by_its_list_follows_the_rejections_own_code()
    {
        var entries = KnowledgeBase.Default.Explain("550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.1");
        Assert.Equal(("5.7.1", null), (entries[0].Code, entries[0].Provider));
        Assert.Equal(("127.0.0.2", "Spamhaus"), (entries[1].Code, entries[1].Provider));
    }

    [Fact]
    public void A_listing_without_an_enhanced_code_follows_the_reply_code()
    {
        var entries = KnowledgeBase.Default.Explain("554 Service unavailable; Client host [192.0.2.1] blocked using sbl.spamhaus.org=127.0.0.2");
        Assert.Equal(new[] { "554", "127.0.0.2" }, entries.Select(entry => entry.Code));
    }

    [Theory]
    [InlineData("421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]", "smtp-in.orange.fr", "4.2.0", "OFR_505 / LPN505")]
    [InlineData("554 5.7.1 <mail.example.org[203.0.113.9]:51544>: Client host rejected: lpn LPN000_630", "smtpz4.laposte.net", "5.7.1", "OFR_630 / LPN630")]
    [InlineData("550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]", "", "5.2.0", "OFR_506 / LPN506")]
    public void An_orange_or_la_poste_rule_code_follows_the_replys_own_code(string text, string remoteMta, string status, string providerCode)
    {
        var entries = KnowledgeBase.Default.Explain(text, remoteMta: remoteMta);
        Assert.Equal((status, null), (entries[0].Code, entries[0].Provider));
        Assert.Equal((providerCode, "Orange"), (entries[1].ProviderCode, entries[1].Provider));
    }

    [Fact]
    public void Uses_the_fields_of_a_bounce_record()
    {
        var entries = KnowledgeBase.Default.Explain("552 5.2.2 <x@icloud.com>: user is over quota (in reply to RCPT TO command)",
            status: "5.2.2", replyCode: 552, remoteMta: "mx01.mail.icloud.com");
        Assert.Equal(("552 5.2.2 user is over quota", "Apple iCloud"), (entries[0].ProviderCode, entries[0].Provider));
        Assert.Equal("5.2.2", entries[0].Code);
    }

    [Fact]
    public void Prefers_the_specific_code_of_the_text_to_a_generic_status()
    {
        var entries = KnowledgeBase.Default.Explain("550 5.1.1 <bob@example.net>... User unknown", status: "5.0.0");
        Assert.Equal(new[] { "5.1.1", "5.1.0", "5.0.0", "550" }, entries.Select(entry => entry.Code));
    }

    [Fact]
    public void Recognizes_the_provider_from_the_remote_server_alone()
    {
        var first = KnowledgeBase.Default.Explain("552 1 Requested mail action aborted, mailbox not found", remoteMta: "mx-aol.mail.gm0.yahoodns.net").First();
        Assert.Equal(("552 ... mailbox not found", "Yahoo/AOL"), (first.ProviderCode, first.Provider));
    }

    [Fact]
    public void A_named_provider_overrides_detection()
    {
        var first = KnowledgeBase.Default.Explain("550 5.1.1 user unknown", provider: "Gmail").First();
        Assert.Equal(("5.1.1", "Gmail"), (first.Code, first.Provider));
    }

    [Fact]
    public void Skips_variants_whose_reply_code_differs()
    {
        var entries = KnowledgeBase.Default.Explain("454 4.7.0 Too many login attempts, please try again later. - gsmtp");
        Assert.Equal("454 4.7.0", entries[0].ProviderCode);
        Assert.DoesNotContain(entries, entry => entry.ProviderCode == "421 4.7.0");
    }

    [Fact]
    public void Returns_nothing_for_text_without_codes() =>
        Assert.Empty(KnowledgeBase.Default.Explain("connect to mx.example.com[192.0.2.25]:25: Connection timed out"));
}
