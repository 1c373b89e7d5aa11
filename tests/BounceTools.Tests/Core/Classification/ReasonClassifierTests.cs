using BounceTools.Classification;
using Xunit;

namespace BounceTools.Tests.Core.Classification;

/// <summary>
/// Every reason, from the wording real servers use. Each row: expected reason, status,
/// reply code, diagnostic text, and optionally the SMTP command, remote MTA and action.
/// </summary>
public sealed class ReasonClassifierTests
{
    public static TheoryData<string, string, int?, string, string, string, string> Cases() => new()
    {
        // UserUnknown
        { "UserUnknown", "5.1.1", 550, "550 5.1.1 <jan@example.de>: Benutzer unbekannt", "RCPT", "", "" },
        { "UserUnknown", "5.1.1", 550, "550 5.1.1 Utilisateur inconnu / unknown user", "RCPT", "", "" },
        { "UserUnknown", "5.1.1", 550, "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown in virtual mailbox table", "RCPT", "", "" },
        { "UserUnknown", "5.1.1", 550, "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp", "", "aspmx.l.google.com", "" },
        { "UserUnknown", "5.1.10", 550, "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "", "example-com.mail.protection.outlook.com", "" },
        { "UserUnknown", "5.1.1", 550, "550 sorry, no mailbox here by that name. (#5.1.1)", "", "", "" },
        { "UserUnknown", "5.0.0", 554, "554 delivery error: dd This user doesn't have a yahoo.com account (nobody@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com", "", "mta7.am0.yahoodns.net", "" },
        { "UserUnknown", "5.1.1", 550, "550 5.1.1 Requested action not taken: mailbox unavailable", "", "", "" },
        { "HostUnknown", "5.0.0", 550, "550 Unrouteable address", "RCPT", "", "" },
        { "UserUnknown", "5.1.1", 550, "550 5.1.1 <kai@example.de>... No such user", "", "", "" },
        { "UserUnknown", "5.1.0", 550, "550 #5.1.0 Address rejected.", "", "", "" },
        // Filtered: "user unknown" answering DATA, or under a mailbox or policy status
        { "Filtered", "5.0.0", 550, "550 Unknown user lee@example.jp", "DATA", "", "" },
        { "Filtered", "5.2.0", 550, "550 Unknown user lee@example.jp", "", "", "" },
        { "Filtered", "5.0.0", 550, "550 : User unknown", "", "", "" },
        { "Filtered", "5.7.1", 550, "550 5.7.1 Message rejected by recipient's content filter", "", "", "" },
        { "Filtered", "5.7.1", 554, "554 5.7.1 Delivery not authorized, message refused", "", "", "" },
        { "Filtered", "5.7.1", 550, "550 5.7.1 Recipient does not accept mail from this sender (blocked sender list)", "RCPT", "", "" },
        // HostUnknown
        { "HostUnknown", "5.1.2", 550, "Host or domain name not found. Name service error for name=exmaple.com type=A: Host not found", "", "", "" },
        { "HostUnknown", "5.4.4", null, "Unrouteable mail domain \"example.invalid\"", "", "", "" },
        { "HostUnknown", "5.0.0", 554, "554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again", "", "", "" },
        { "HostUnknown", "5.1.2", 550, "DNS Error: Domain name not found", "", "", "" },
        // HasMoved
        { "HasMoved", "5.1.6", 550, "550 5.1.6 recipient no longer on server: max@example.com", "", "", "" },
        { "HasMoved", "", 551, "551 User not local; please try <max@new.example.com>", "", "", "" },
        { "HasMoved", "5.1.6", 550, "550 5.1.6 The address has moved to max@new.example.org", "", "", "" },
        // Suspend
        { "Suspend", "5.2.1", 550, "550 5.2.1 The email account that you tried to reach is disabled. - gsmtp", "", "", "" },
        { "Suspend", "5.2.1", 550, "550 5.2.1 Mailbox disabled, not accepting messages", "", "", "" },
        { "Suspend", "5.0.0", 554, "554 delivery error: This account has been suspended", "", "", "" },
        // MailboxFull
        { "MailboxFull", "5.2.2", 552, "552 5.2.2 Casella di posta piena", "", "", "" },
        { "MailboxFull", "5.2.2", 552, "552-5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp", "", "", "" },
        { "MailboxFull", "5.1.1", 552, "552 5.2.2 Over quota", "", "", "" },
        { "MailboxFull", "4.2.2", 452, "452 4.2.2 Mailbox full", "", "", "" },
        { "MailboxFull", "", null, "maildir delivery failed: error writing message: Disk quota exceeded", "", "", "" },
        { "MailboxFull", "5.2.2", 552, "552 5.2.2 <anna@example.fr>: boite du destinataire pleine", "", "", "" },
        // Runs of blanks, from the server or from a report refolded on its way, do not hide a phrase
        { "MailboxFull", "4.3.0", null, "x-unix; /var/mail/anna/Maildir/tmp/1700000000.M1P2.mx: Disk quota    exceeded", "", "", "" },
        // ExceedLimit
        { "ExceedLimit", "5.2.3", 550, "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "", "", "" },
        { "ExceedLimit", "5.2.3", 552, "552 5.2.3 Message length exceeds administrative limit", "", "", "" },
        // MesgTooBig
        { "MesgTooBig", "5.3.4", 552, "552 5.3.4 Message size exceeds fixed maximum message size", "", "", "" },
        { "MesgTooBig", "5.2.3", 552, "552-5.2.3 Your message exceeded Google's message size limits. - gsmtp", "", "", "" },
        { "MesgTooBig", "", 552, "552 Message is too big for this system", "", "", "" },
        // Rejected (sender side)
        { "Rejected", "", 550, "550 Sorry, you are sending to/from an address that has been blacklisted", "", "", "" },
        { "Rejected", "5.1.8", 501, "501 5.1.8 Sender address rejected", "", "", "" },
        { "Rejected", "5.1.8", 553, "553 5.1.8 <x@nonexistent.example>: Sender address rejected: Domain not found", "MAIL", "", "" },
        { "Rejected", "5.7.1", 550, "550 5.7.1 Access denied", "", "", "" },
        { "Rejected", "5.7.1", 554, "554 5.7.1 <bounce@example.com>: Sender address rejected: Access denied", "MAIL", "", "" },
        { "Rejected", "5.1.7", 550, "SMTP error from remote mail server after MAIL FROM:<a@nowhere.example>: 550 5.1.7 No such domain nowhere.example", "MAIL", "", "" },
        { "Rejected", "5.0.0", 550, "550 Verification failed for <bounce@example.com>: sender verify failed", "", "", "" },
        // Blocked
        { "Blocked", "5.5.2", 504, "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", "HELO", "", "" },
        { "Blocked", "5.7.1", 554, "554 5.7.1 Service unavailable; Client host [192.0.2.55] blocked using zen.spamhaus.org", "", "", "" },
        { "Blocked", "4.7.1", 450, "450 4.7.1 <c12.example.net[192.0.2.56]>: Client host rejected: may not be mail exchanger", "", "", "" },
        { "Blocked", "5.0.0", 550, "550 Your IP address 192.0.2.9 is listed on our block list", "", "", "" },
        { "Blocked", "5.7.1", 554, "554 5.7.1 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.7 blocked - AUP#CXBL", "MAIL", "", "" },
        { "Blocked", "", 554, "554-mx.example.de ESMTP Service not available 554-No SMTP service 554-Reject due to policy restrictions.", "CONN", "", "" },
        { "Blocked", "5.7.1", 554, "554 5.7.1 Service unavailable; 192.0.2.7 blocked by local policy", "MAIL", "", "" },
        { "Blocked", "5.1.0", 550, "550 5.1.0 <news@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL", "", "cxr.mx.a.cloudfilter.net", "" },
        { "Blocked", "5.0.0", 501, "501 5.0.0 Invalid domain name", "HELO", "", "" },
        { "Blocked", "5.0.0", 554, "554- (RTR:BL) http://postmaster.info.aol.com/errors/554rtrbl.html 554 Connecting IP: 192.0.2.7", "", "mailin-01.mx.aol.com", "" },
        { "Blocked", "4.2.1", 421, "421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later.", "", "", "" },
        // NoRelaying
        { "NoRelaying", "5.7.1", 554, "554 5.7.1 <vic@example.org>: Relay access denied", "RCPT", "", "" },
        { "NoRelaying", "5.7.1", 550, "550 5.7.1 Unable to relay for vic@example.org", "", "", "" },
        { "NoRelaying", "", 553, "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "", "", "" },
        // NotAccept
        { "NotAccept", "5.1.10", 556, "556 5.1.10 Recipient address has null MX", "", "", "" },
        { "NotAccept", "4.0.0", null, "DNS Error: DNS type 'mx' lookup of example.net responded with code NOERROR The domain example.net doesn't receive email according to the administrator: returned Null MX", "", "", "" },
        { "NotAccept", "", 521, "521 5.3.2 mail.example.com does not accept mail", "", "", "" },
        // SpamDetected
        { "SpamDetected", "5.7.1", 550, "550 5.7.1 Message content rejected, UBE, id=20212-09", "", "", "" },
        { "SpamDetected", "5.7.1", 554, "550 5.7.1 Message rejected as spam by Content Filtering.", "", "", "" },
        { "SpamDetected", "5.7.1", 554, "554 5.7.1 Message\trejected as  spam by Content Filtering.", "", "", "" },
        { "SpamDetected", "5.7.1", 550, "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.", "", "", "" },
        { "SpamDetected", "5.0.0", null, "Your email to group team@example.com was rejected due to spam classification.", "", "", "" },
        // VirusDetected
        { "VirusDetected", "5.7.1", 554, "554 5.7.1 Virus found in message: Eicar-Test-Signature", "", "", "" },
        { "VirusDetected", "5.7.0", 550, "550 5.7.0 Message rejected: malware detected in attachment", "", "", "" },
        { "VirusDetected", "5.0.0", 554, "554 email rejected due to security policies - MCSpamSignature.7", "", "service5.mimecast.com", "" },
        { "Filtered", "5.0.0", 550, "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550", "RCPT", "us-smtp-inbound-1.mimecast.com", "" },
        { "Rejected", "5.0.0", 550, "550 Envelope blocked - Policy Entry - https://community.mimecast.com/docs/DOC-1369#550", "RCPT", "us-smtp-inbound-1.mimecast.com", "" },
        { "SystemError", "4.0.0", 451, "451 Internal resources are temporarily unavailable", "RCPT", "us-smtp-inbound-1.mimecast.com", "delayed" },
        { "AuthFailure", "5.7.1", 550, "550 #5.7.1 DMARC unauthenticated mail is prohibited", "DATA", "", "" },
        { "Blocked", "5.0.0", 501, "501 Connection rejected by policy [7.7] 20805, please visit the provider's troubleshooting page", "", "", "" },
        { "Filtered", "5.0.0", 550, "550 permanent failure for one or more recipients (a@example.org:blocked)", "DATA", "", "" },
        { "SecurityError", "5.0.0", 550, "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.", "MAIL", "", "" },
        // PolicyViolation
        { "PolicyViolation", "5.7.9", 554, "554 5.7.9 Message not accepted for policy reasons. See https://help.yahoo.com/kb/postmaster", "", "mta6.am0.yahoodns.net", "" },
        { "PolicyViolation", "5.0.0", 550, "550 Message rejected due to local policy", "", "", "" },
        { "PolicyViolation", "5.7.9", 554, "554 5.7.9 Header error", "", "", "" },
        // SecurityError
        { "SecurityError", "5.7.0", 530, "530 5.7.0 Authentication required", "", "", "" },
        { "SecurityError", "5.0.0", 550, "550 Unauthenticated senders not allowed", "", "", "" },
        { "SecurityError", "5.7.0", 550, "550 5.7.0 Requested action not taken", "", "", "" },
        // ContentError
        { "ContentError", "5.6.0", 552, "552 5.6.0 Headers too large (32768 max)", "", "", "" },
        { "ContentError", "5.6.1", 554, "554 5.6.1 Media not supported", "", "", "" },
        // NotCompliantRfc
        { "NotCompliantRfc", "5.7.1", 550, "550-5.7.1 Messages with multiple addresses in From: header are not accepted. - gsmtp", "", "", "" },
        { "NotCompliantRfc", "5.7.1", 550, "550 5.7.1 Message is not RFC 5322 compliant", "", "", "" },
        { "NotCompliantRfc", "5.6.0", 554, "554 5.6.0 Message contains bare LF and is violating 822.bis section 2.3", "", "", "" },
        // AuthFailure
        { "AuthFailure", "5.7.26", 550, "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.", "", "", "" },
        { "AuthFailure", "5.0.0", 550, "550 Bad SPF records for [example.org:192.0.2.2], see http://www.openspf.org/", "", "", "" },
        { "AuthFailure", "5.1.0", 550, "550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again.", "", "", "" },
        { "AuthFailure", "5.7.1", 550, "550 5.7.1 Email rejected per DMARC policy for example.org", "", "", "" },
        // BadReputation
        { "BadReputation", "4.7.0", 421, "421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address.", "", "", "" },
        { "BadReputation", "5.7.1", 550, "550 5.7.1 Rejected due to poor sender reputation", "", "", "" },
        { "BadReputation", "4.7.0", 421, "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints", "", "mta5.am0.yahoodns.net", "" },
        // RequirePtr
        { "RequirePtr", "5.7.25", 550, "550-5.7.25 The IP address sending this message does not have a PTR record setup", "", "", "" },
        { "RequirePtr", "5.5.0", 550, "550 domain [example.com] mismatches client ip 192.0.2.225.", "", "", "" },
        { "RequirePtr", "5.0.0", 554, "554 (DNS:NR) http://postmaster.info.aol.com/errors/554dnsnr.html", "", "mailin-02.mx.aol.com", "" },
        { "RequirePtr", "4.7.1", 450, "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.8]", "", "", "" },
        // FailedStartTls
        { "FailedStartTls", "5.7.10", 530, "530 5.7.10 Must issue a STARTTLS command first", "", "", "" },
        { "FailedStartTls", "4.7.0", 454, "454 4.7.0 TLS not available due to local problem", "", "", "" },
        // SyntaxError
        { "SyntaxError", "5.5.2", 500, "500 5.5.2 Syntax error, command unrecognized", "", "", "" },
        { "SyntaxError", "5.5.1", 503, "503 5.5.1 Bad sequence of commands", "", "", "" },
        // Expired
        { "Expired", "5.0.0", null, "retry time not reached for any host after a long failure period", "", "", "" },
        { "Expired", "4.4.7", null, "Delivery time expired", "", "", "" },
        { "Expired", "5.4.7", null, "retry timeout exceeded", "", "", "" },
        { "Expired", "4.4.1", null, "connect to mx.example.org[192.0.2.25]:25: Connection timed out", "", "", "" },
        { "Expired", "5.4.316", 550, "550 5.4.316 Message expired, connection refused", "", "", "" },
        { "Expired", "4.0.0", null, "", "", "", "delayed" },
        // NetworkError
        { "NetworkError", "5.4.6", 554, "554 5.4.6 Hop count exceeded - possible mail loop", "", "", "" },
        { "NetworkError", "4.0.0", null, "mx.example.net: host name lookup failure", "", "", "delayed" },
        { "HostUnknown", "5.1.2", null, "example.invalid: host name lookup failure", "", "", "" },
        { "MailboxFull", "4.3.0", null, "temporary failure. Command output: Quota exceeded for the mailbox of ben", "", "", "" },
        { "UserUnknown", "5.5.0", 554, "mail.local: unknown user: ben (554 <ben@example.net>... Service unavailable)", "", "", "" },
        { "NetworkError", "4.4.1", null, "connect to mx.example.org[192.0.2.25]:25: Connection refused", "", "", "" },
        { "NetworkError", "4.0.0", null, "DNS Error: DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp", "", "", "" },
        // SystemError
        { "SystemError", "5.0.0", 554, "554 Transaction failed", "", "", "" },
        { "SystemError", "4.3.0", 451, "451 4.3.0 Error: queue file write error", "", "", "" },
        { "SystemFull", "4.3.1", 452, "452 4.3.1 Insufficient system resources", "", "", "delayed" },
        { "SystemError", "5.0.0", 554, "554 Service currently unavailable", "", "", "" },
        { "SystemError", "4.4.3", null, "Sorry, I wasn't able to establish an SMTP connection. (#4.4.3)", "", "", "" },
        // SystemFull
        { "SystemFull", "4.4.5", 452, "452 4.4.5 Insufficient disk space; try again later", "", "", "" },
        { "SystemFull", "4.3.1", 452, "452 4.3.1 Insufficient system storage", "", "", "" },
        // MailerError
        { "MailerError", "5.3.0", null, "x-unix; procmail: Couldn't create \"/var/mail/zoe\"", "", "", "" },
        { "MailerError", "5.0.0", null, "Command died with status 127: \"/usr/local/bin/deliver\"", "", "", "" },
        // TooManyConn
        { "TooManyConn", "4.3.2", 452, "452 4.3.2 Connection rate limit exceeded.", "", "", "" },
        { "TooManyConn", "5.0.0", 550, "550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722", "", "mx3.qq.com", "" },
        { "TooManyConn", "4.7.0", 421, "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later.", "", "", "" },
        // Speeding
        { "Speeding", "5.1.1", 550, "550 5.1.1 <amy@example.com> - 192.0.2.10 has sent to too many recipients this hour. IB607", "", "smtp.secureserver.net", "" },
        { "Speeding", "4.7.28", 421, "421-4.7.28 Our system has detected an unusual rate of mail originating from your IP address. To protect our users, messages are rate limited.", "", "", "" },
        { "Speeding", "4.7.0", 421, "421 4.7.0 You are sending too fast, please slow down", "", "", "" },
        { "Speeding", "4.7.28", 421, "421-4.7.28 [192.0.2.7] Our system has detected an unusual rate of unsolicited mail originating from your IP address.", "", "mx.google.com", "" },
        { "Blocked", "5.7.28", 550, "550-5.7.28 [192.0.2.7] Our system has detected an unusual rate of unsolicited mail originating from your IP address.", "DATA", "mx.google.com", "" },
        { "Speeding", "5.2.2", 550, "550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.", "", "", "" },
        { "Speeding", "4.7.500", 451, "451 4.7.500 Server busy. Please try again later from [192.0.2.7]. (S77719) [Name=Protocol Filter Agent]", "RCPT", "outlook-com.olc.protection.outlook.com", "delayed" },
        // Suppressed
        { "Suppressed", "5.1.1", 550, "Amazon SES did not send the message to this address because it is on the suppression list for your account.", "", "", "" },
        { "Suppressed", "", 550, "550 Not delivering to previously bounced address", "", "", "" },
        // Orange and La Poste: the last three digits of the rule code decide, whatever the prefix
        { "SystemError", "4.2.0", 421, "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]", "DATA", "smtp-in.orange.fr", "" },
        { "SpamDetected", "5.2.0", 550, "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]", "", "smtp.wanadoo.fr", "" },
        { "PolicyViolation", "5.7.1", 554, "554 5.7.1 <mail.example.org[203.0.113.9]:51544>: Client host rejected: lpn LPN000_630", "RCPT", "smtpz4.laposte.net", "" },
        { "TooManyConn", "4.7.0", 421, "421 4.7.0 Too many connections, slow down. LPN105-104", "", "smtpz4.laposte.net", "" },
        { "Blocked", "5.7.1", 550, "550 5.7.1 Service refused. LPNAAA_101", "", "smtpz4.laposte.net", "" },
        // OnHold: wording that no rule understands
        { "OnHold", "5.0.0", null, "Nyaan nyaan, unexpected wording", "", "", "" },
        { "OnHold", "4.0.0", 450, "450 4.0.0 Temporary failure", "", "", "" },
        // The same failures in Japanese, Chinese and Korean notices
        { "Filtered", "", null, "受信者が設定している迷惑メール対策（受信拒否設定）により受信を拒否されたため、配信できませんでした。", "", "", "" },
        { "UserUnknown", "5.0.0", 550, "收件人的邮箱不存在，请核对地址后重新发送。", "RCPT", "", "" },
        { "MailboxFull", "", null, "받는 사람의 메일함이 가득 찼습니다.", "", "", "" },
        { "MailboxFull", "", null, "メールボックスの容量がいっぱいのため配信できませんでした。", "", "", "" },
        // A delay that names its cause is not merely Expired
        { "SystemError", "4.3.2", 432, "432 4.3.2 STOREDRV.Deliver; mailbox database thread limit exceeded", "", "", "delayed" },
        { "NetworkError", "4.4.1", null, "x-unix; TCP active open: Failed connect()    Error: Connection refused", "", "", "delayed" },
        { "MailerError", "4.3.0", null, "x-unix; temporary failure. Command output: 500 Can't connect to rt.example.org:443 (Connection refused)", "", "", "delayed" },
        // Undefined: nothing to go on
        { "Undefined", "", null, "", "", "", "" },
        // Delivered
        { "Delivered", "2.0.0", 250, "250 2.0.0 OK 1715600000 abc.123 - gsmtp", "", "", "relayed" },
        { "Delivered", "2.1.5", 250, "250 2.1.5 Ok", "", "", "delivered" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reason_follows_the_server_wording(string expected, string status, int? replyCode, string diagnostic, string command, string remoteMta, string action)
    {
        var query = new ReasonQuery
        {
            Action = action.Length > 0 ? action : status.StartsWith('4') ? "delayed" : "failed",
            Status = status,
            ReplyCode = replyCode,
            Diagnostic = diagnostic.StartsWith("x-unix; ", StringComparison.Ordinal) ? diagnostic.Substring(8) : diagnostic,
            DiagnosticType = diagnostic.StartsWith("x-unix; ", StringComparison.Ordinal) ? "x-unix" : "smtp",
            SmtpCommand = command,
            RemoteMta = remoteMta,
        };
        if (status.StartsWith('4') && action.Length == 0)
            query.Action = "failed";

        var decision = ReasonClassifier.Classify(query);

        Assert.Equal(expected, decision.Reason.ToString());
        if (decision.Reason != BounceReason.Undefined)
            Assert.False(string.IsNullOrEmpty(decision.Source));
    }

    [Theory]
    [InlineData("5.7.124")]
    [InlineData("5.2.121")]
    public void A_code_only_a_provider_defines_takes_the_reason_the_knowledge_base_gives_it(string status)
    {
        var known = BounceTools.Knowledge.KnowledgeBase.Default.Entries.Single(entry => entry.Provider != null && entry.Statuses.Contains(status));

        var decision = ReasonClassifier.Classify(new ReasonQuery { Action = "failed", Status = status, ReplyCode = 550, Diagnostic = "550 " + status, DiagnosticType = "smtp" });

        Assert.Equal(known.Reason, decision.Reason);
        Assert.Contains(known.Provider!, decision.Source);
    }

    [Fact]
    public void Every_reason_is_covered_by_a_case_or_a_fixture()
    {
        var covered = Cases().Select(row => (string)row[0]).ToHashSet();
        // Feedback and Vacation come from whole messages (ARF, auto-replies): see fixtures/formats/arf and autoreply.
        covered.Add(nameof(BounceReason.Feedback));
        covered.Add(nameof(BounceReason.Vacation));

        Assert.Empty(Enum.GetNames<BounceReason>().Except(covered));
    }
}
