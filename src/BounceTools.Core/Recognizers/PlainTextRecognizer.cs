using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Classification;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Last resort for plain-text notices of unknown MTAs: a line saying that "the following address(es)
/// failed" (or could not be delivered), then each address on its own line with the reason below it;
/// or a line naming the single recipient ("unable to deliver your message to a@example.org",
/// "Undeliverable address: a@example.org") with the reason in the same sentence or the next paragraph.
/// Without such a line, a labelled recipient ("Intended recipient: a", "(Originally addressed to a)"),
/// a Subject that names the one address a message could not be delivered to, or a one-line
/// "reason: &lt;a@example.org&gt;" next to a sentence saying the mail could not be delivered will do, and so will
/// a recipient labelled in any of several languages ("收件人：a", "Recipient(s): a") beside the remote server's
/// failure reply or a sentence saying the message was not delivered.
/// A notice that says delivery goes on is a delay. Only mail that presents itself as a delivery
/// notice is considered.
/// </summary>
internal sealed class PlainTextRecognizer : IFormatRecognizer
{
    // The recipient a sentence names, between its blanks: " a@example.org ", " <a@example.org> ".
    private const string SentenceAddress = @"\s+<?[^\s<>@]+@[^\s<>]+>?\s+";

    private static readonly Regex ListIntro = TextPatterns.Create(
        @"(?:did not reach the following recipient(?:\(s\)|s)?" +
        @"|following (?:e-?mail )?(?:recipients?|recipient\(s\)|address(?:es|\(es\))?|users?|destinations?)\s*(?:failed|could not be (?:delivered|reached)|cannot be delivered|(?:was|were) not delivered|(?:was|were) undeliverable|(?:was|were) not attempted|(?:was|were) rejected|did not receive|(?:has|have) not (?:yet )?received|(?:has|have) been delayed|had (?:permanent |transient )?(?:fatal |delivery )?(?:errors|problems))" +
        @"|(?:could not|cannot|unable to) (?:be )?(?:deliver(?:ed)?|sent) (?:your message |the message |this message |message )?to the following (?:recipients?|recipient\(s\)|address(?:es|\(es\))?|users?)" +
        // Intros whose list starts on the next line: "Your message could not be delivered to", "Delivery of email to this address".
        @"|(?:message|mail) (?:could not|cannot|can't) be delivered to:?\s*$" +
        @"|delivery of (?:e-?mail|(?:your|the) message) to (?:this|the following) address(?:es)?:?\s*$" +
        @"|^[\s\-=*]*(?:failed|undeliverable) (?:recipients?|address(?:es)?)[\s\-=*:]*$" +
        // phquery, the directory lookup of sendmail sites: "--------Message not delivered to the following:"
        @"|not delivered to the following(?: recipients?| address(?:es|\(es\))?)?:" +
        // " ---- Delivery failed for the following addresses ----" over "*** a@b" entries
        @"|delivery (?:has )?failed (?:for|to) the following (?:recipients?|address(?:es)?)" +
        // smail: "|------- Failed addresses follow: -------|"
        @"|failed addresses follow:" +
        @"|^\s*undeliverable (?:e-?mail )?address(?:es|\(es\))?:" +
        @"|(?:could not|cannot|unable to) deliver (?:your |the |this )?(?:message|mail) to(?=\s+<?[^\s<>@]+@)" +
        @"|(?:message|mail),? addressed to(?=\s+['""<]?[^\s<>@'""]+@)" +
        // Filters' own notices: "Your message to a@example.org was blocked", "The email you sent to a@example.org could not be delivered".
        @"|\b(?:your|the) (?:message|e-?mail|mail)(?: (?:that )?you sent)? to(?=" + SentenceAddress + @"(?:(?:was|has been)\s+(?:blocked|rejected|refused|quarantined|not delivered)|(?:could not|cannot) be delivered|(?:was|has) not been delivered)\b)" +
        // The same in German: "die von Ihnen an a@example.org gesendete E-Mail wurde ... zurückgewiesen", "Ihre Nachricht an a@example.org konnte nicht zugestellt werden".
        @"|\b(?:die|ihre) (?:von ihnen )?an(?=" + SentenceAddress + @"(?:gesendete|geschickte|versandte) (?:e-?mail|nachricht)\b)" +
        @"|\bihre (?:e-?mail|nachricht) an(?=" + SentenceAddress + @"(?:wurde|konnte)\b)" +
        @"|" + NeutralIntroPattern + ")");

    // The same in other languages, with its negation before or after the words for the list:
    // "non è stato recapitato ai seguenti destinatari:", "konnte an folgende Empfänger nicht zugestellt werden:",
    // "Die Zustellung an folgende Adresse(n) ist fehlgeschlagen:", and in East Asian notices the failure
    // before the list's words ("邮件未能投递给以下收件人：", "以下の宛先への配信に失敗しました：", "다음 수신자에게 전달하지 못했습니다:").
    // Tried only on a line that has one of those words, which few lines have.
    private static readonly Regex ForeignListIntro = TextPatterns.Create(
        @"\b(?:non|nicht|pas|impossible|no|não|niet|не|nie|nepodařilo)\b.{0,100}?" + ForeignListWords +
        @"|" + ForeignListWords + @".{0,60}?\b(?:nicht|niet|não|не|nie|fehlgeschlagen|échoué|fallit[oa]|fallid[oa]|falhou|mislukt)\b.{0,40}?[:：]\s*$" +
        @"|(?:未能|无法|不能)(?:成功)?(?:投递|送达|发送)(?:给|到|至)?(?:以下|下列)的?(?:收件人|收信人|地址|邮件地址|邮箱)" +
        @"|(?:以下|次)の(?:宛先|アドレス|受信者)(?:への|に|へ).{0,30}?(?:失敗|できませんでした)" +
        @"|다음\s?(?:수신자|주소|받는\s?사람)(?:에게|로|으로).{0,30}?(?:실패|못했|못하였)");

    private static readonly string[] AsciiListStems = { "seguent", "seguint", "folgende", "suivant", "siguiente", "volgende", "abaixo" };

    // A case-blind search for a word with letters beyond ASCII cannot take the vectorized path and
    // runs a character at a time, so these are looked for only in a line that has such letters.
    private static readonly string[] OtherListStems = { "следующ", "następując", "адресату", "получателю", "následující", "以下", "下列", "次の", "다음" };

    private static Match MatchIntro(string text)
    {
        var intro = ListIntro.SafeMatch(text);
        if (intro.Success)
            return intro;
        return NoticeText.ContainsAny(text, AsciiListStems, StringComparison.OrdinalIgnoreCase) ||
               HasNonAscii(text) && NoticeText.ContainsAny(text, OtherListStems, StringComparison.OrdinalIgnoreCase)
            ? ForeignListIntro.SafeMatch(text)
            : intro;
    }

    private static bool HasNonAscii(string text)
    {
        foreach (var c in text)
            if (c > '\u007F')
                return true;
        return false;
    }

    private const string ForeignListWords =
        @"(?:seguent[ei] (?:destinatari[oi]?|indirizz[oi])|folgenden? (?:empfänger|adressen?)|destinataires? suivants?|siguientes? (?:destinatarios?|direcci(?:ón|ones))" +
        @"|seguintes? (?:destinatários?|endereços?)|destinatário(?:\(s\)|s)? abaixo|volgende (?:ontvangers?|adressen)|следующим (?:адресатам|получателям|адресам)|następujących (?:odbiorców|adresów)|адресату|получателю|následujícím (?:příjemcům|adresátům)|následujícímu (?:příjemci|adresátovi))";

    // "Your message to:" / "... addressed to address:" say nothing of a failure; the text around the list must.
    private const string NeutralIntroPattern = @"addressed to (?:e-?mail )?address(?:es)?\s*:\s*$|^\s*your (?:message|mail) to:\s*$";
    private static readonly Regex NeutralIntro = TextPatterns.Create(NeutralIntroPattern);
    private static readonly Regex NotDelivered = TextPatterns.Create(
        @"\b(?:not (?:yet )?(?:been )?delivered|could not|cannot|can't|couldn't|unable to|undeliverable|failed|rejected|returned)\b");

    private static readonly Regex NoticeWords = TextPatterns.Create(
        @"undeliver|delivery (?:status|failure|failed|notification|problem|warning)|returned mail|mail delivery|failure notice|not delivered|delivery has failed|non-delivery|message (?:blocked|rejected)" +
        // Japanese gateways and groupware tell their own users so: "メール送信中止のお知らせ", "メールの送信に失敗しました", "不達メール".
        @"|送信(?:を)?中止|送信エラー|送信に失敗|送信失敗|送信(?:メール)?(?:の)?(?:拒否|却下)|(?:配信|配送)(?:エラー|失敗|不能|中止|停止)|メールが却下|不達" +
        // Turkish, as Exchange words its subject ("Teslim Edilemiyor:") and gateways theirs ("İletiniz teslim edilmedi"); "İ" folds to no ASCII letter.
        @"|tesl[iİ]m ed[iİ]l(?:em[iİ]yor|emed[iİ]|med[iİ])");

    private static readonly Regex Verdict = TextPatterns.Create(@"\((?:delivery failed|undeliverable|not delivered)\)\s*$");

    /// <summary>
    /// A notice's Subject; a person's reply that quotes one ("Re: Undelivered Mail ...") is not a notice,
    /// but a gateway that answers with the original subject and its verdict in brackets ("RE: Minutes (delivery failed)") is.
    /// </summary>
    private static bool IsNoticeSubject(string subject) =>
        (!ReplySubject.Is(subject) && NoticeWords.SafeIsMatch(subject)) || Verdict.SafeIsMatch(subject);

    /// <summary>"Your message to user@example.org could not be delivered": the Subject names the recipient.</summary>
    private static readonly Regex SubjectRecipient = TextPatterns.Create(
        @"(?:message|mail) (?:to|for) <?(?<address>" + AddressText.Address + @")>? (?:could not|couldn't|cannot|can't|was not|wasn't|has not been) (?:be )?delivered");

    /// <summary>Wording of a delay warning: the server still holds the message and keeps trying.</summary>
    private static readonly Regex DelayWording = TextPatterns.Create(
        @"\b(?:(?:has been|is being) (?:postponed|delayed|deferred)|will (?:continue|keep) (?:to )?(?:try|retry|attempt)|will (?:retry|attempt delivery|keep trying)|has not yet been delivered|delivery attempts will continue|this is (?:just |only )?a warning|warning only)\b|延迟投递|将继续尝试投递");

    /// <summary>
    /// The line that introduces the returned message: "Original message follows", "Old message:", "Your message reads (in part):", ...
    /// ("Your original message is attached", "Original Message ID: &lt;...&gt;" introduce nothing.)
    /// </summary>
    private static readonly Regex ReturnedMessage = TextPatterns.Create(
        @"original message(?!\s+(?:id\b|is attached|has been attached|was attached))|copy of the message|message text follows|^\s*old message:|your message reads|message headers follow|(?:header|lines) of (?:the|your) (?:original )?message");

    // "User's mailbox is full: <a@example.org>": a reason in words (not a header name), then the recipient.
    private static readonly Regex ReasonWithAddress = TextPatterns.Create(
        @"^\s*(?<reason>[^\s<>:@]+(?:\s+[^\s<>:@]+){1,12}):\s*<(?<address>" + TextPatterns.Address + @")>\s*$");

    private static readonly Regex FailureSentence = TextPatterns.Create(
        @"\b(?:unable to deliver|could not be delivered|cannot be delivered|undeliverable)\b");

    /// <summary>"Your message was delivered to the other recipients:" starts a list of those it reached.</summary>
    private static readonly Regex DeliveredToOthers = TextPatterns.Create(
        @"\b(?:was|were|has been|have been) (?:successfully )?delivered to (?:the )?(?:other|following|remaining)\b|\bsuccessfully delivered to\b");

    /// <summary>
    /// "Unable to deliver message to the following recipients, due to being unable to connect to the
    /// destination mail server:": the intro gives the cause of the entries that give none of their own.
    /// </summary>
    private static List<AddressEntry> WithIntroCause(List<AddressEntry> entries, string afterIntro, string intro)
    {
        if (!IntroCause.SafeIsMatch(afterIntro))
            return entries;
        foreach (var entry in entries)
            if (entry.Lines.Count == 0)
                entry.Lines.Add(intro.Trim());
        return entries;
    }

    private static readonly Regex IntroCause = TextPatterns.Create(@"^[\s,;]*(?:due to|because|as)\b");

    private static bool EndOfList(string line) =>
        EndOfNotice(line) || OriginalMessage.IsQuotedHeaderLine(line) || DeliveredToOthers.SafeIsMatch(line) || MatchIntro(line).Success;

    // Where the notice's own words end; a notice may label facts of the message like headers ("Date: 10/7/2013").
    private static bool EndOfNotice(string line)
    {
        var text = line.TrimStart(' ', '\t', '|');
        return text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("===", StringComparison.Ordinal) || BodyLines.IsSignatureSeparator(text) ||
               ReturnedMessage.SafeIsMatch(text);
    }

    public string Format => "PlainText";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        // A delivery-status report presents itself as a notice, whoever sent it; so does mail with a null envelope sender.
        if (!NoticeSender.IsMailSystem(message) && !DeliveryStatus.IsReport(message.Message) && !HasNoticeSubject(message) &&
            !NoticeSender.HasNullReturnPath(message))
            return false;
        var lines = BodyLines.OfNotice(message);
        var entries = ListedEntries(lines);
        if (entries.Count == 0)
            entries = RecipientLines.Read(lines, 0, EndOfList, labelOnly: true);
        if (entries.Count == 0)
            entries = SubjectEntries(message.Subject, lines);
        if (entries.Count == 0)
            entries = ReasonWithAddressEntries(lines);
        if (entries.Count == 0)
            entries = LabelledRecipient.Read(lines, EndOfNotice);
        EntryDiagnostics.TakeDetailLines(entries, lines);
        var action = DelayWording.SafeIsMatch(NoticeText.Of(message)) ? "delayed" : "failed";
        return entries.Count > 0 && NoticeReader.Read(message, draft, entries, action);
    }

    /// <summary>The entries under each list intro of the notice.</summary>
    private static List<AddressEntry> ListedEntries(BodyLines lines)
    {
        var found = new List<AddressEntry>();
        for (var i = 0; i < lines.Count && !(found.Count > 0 && EndOfNotice(lines[i])); i++)
        {
            var (text, intro, last) = IntroAt(lines, i);
            if (!intro.Success || NeutralIntro.SafeIsMatch(text) && !NotDelivered.SafeIsMatch(lines.Join(0)))
                continue;
            // "Did not reach the following recipient: user@example.org" names it on the same line.
            var named = AddressRightAfter(text.Substring(intro.Index + intro.Length));
            if (named.Length > 0)
            {
                Add(found, new List<AddressEntry> { NamedEntry(lines, last, named) });
                continue;
            }
            // The intro may wrap; entries start after the line that ends it (with a colon, perhaps inside a "|--- ... ---|" frame).
            var closed = lines[last].TrimEnd(' ', '\t', '-', '|').EndsWith(":", StringComparison.Ordinal);
            var start = closed || last + 1 >= lines.Count ? last + 1 : last + 2;
            if (!ListStartsAt(lines, last + 1) && (closed || !ListStartsAt(lines, start)))
            {
                if (closed)
                    Add(found, LocalPartEntries(lines, last));
                continue;
            }
            var entries = AddressEntries.Read(lines, start, EndOfList);
            if (entries.Count == 0)
                entries = RecipientLines.Read(lines, last + 1, EndOfList, labelOnly: false);
            if (entries.Count == 0)
                entries = SummaryEntries(lines, last + 1);
            Add(found, WithIntroCause(entries, text.Substring(intro.Index + intro.Length), text));
            i = last;
        }
        return found;
    }

    /// <summary>A notice may list its recipients in sections, one intro each ("could not connect: a", "failed permanently: b").</summary>
    private static void Add(List<AddressEntry> found, List<AddressEntry> entries)
    {
        foreach (var entry in entries)
            if (!found.Exists(known => string.Equals(known.Address, entry.Address, StringComparison.OrdinalIgnoreCase)))
                found.Add(entry);
    }

    /// <summary>
    /// The list intro on line <paramref name="at"/>, or one that a rewrap broke inside its words ("The following address(es)"
    /// / "failed:") and that ends its sentence on the next line, read across the break: the text it was found in, the
    /// match, and the line it ends on. ("... could not be delivered to the following" / "address has been received:" is no intro.)
    /// </summary>
    private static (string Text, Match Intro, int Last) IntroAt(BodyLines lines, int at)
    {
        var line = lines[at];
        var intro = MatchIntro(line);
        if (intro.Success || at + 1 >= lines.Count || string.IsNullOrWhiteSpace(lines[at + 1]))
            return (line, intro, at);
        var head = line.TrimEnd();
        var joined = head + " " + lines[at + 1].Trim();
        var across = MatchIntro(joined);
        return across.Success && across.Index < head.Length && across.Index + across.Length > head.Length &&
               joined.Substring(across.Index + across.Length).Trim().TrimEnd(':', '.').Length == 0
            ? (joined, across, at + 1)
            : (line, intro, at);
    }

    // The list follows its intro: "Undeliverable address:" over a name and a street is a courier's notice, not a mail server's.
    private static bool ListStartsAt(BodyLines lines, int start)
    {
        var first = start;
        while (first < lines.Count && string.IsNullOrWhiteSpace(lines[first]))
            first++;
        return first < lines.Count && lines[first].IndexOf('@') >= 0;
    }

    // "Your mail to the following recipients could not be delivered because ...:" over "\tscreenname" lines (old AOL),
    // phquery's "jdoe    No matches to nameserver query": the server's own mailboxes, named without a domain.
    private static readonly Regex LocalPartLine = TextPatterns.Create(
        @"^[ \t]*(?<local>" + AddressText.LocalPart + @")(?:(?:\t|[ ]{2,})[ \t]*(?<reason>\S.*?))?[ \t]*$");

    /// <summary>
    /// The paragraph right under the intro when every line of it is a local part alone or with a reason
    /// beside it; a line that is not (a name and a street under "Undeliverable address:") voids the list.
    /// Without a reason of its own, an entry has the intro's ("... because they are not accepting mail from ...").
    /// </summary>
    private static List<AddressEntry> LocalPartEntries(BodyLines lines, int intro)
    {
        var entries = new List<AddressEntry>();
        var first = intro + 1;
        while (first < lines.Count && string.IsNullOrWhiteSpace(lines[first]))
            first++;
        for (var i = first; i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]); i++)
        {
            var match = LocalPartLine.SafeMatch(lines[i]);
            if (!match.Success)
                return new List<AddressEntry>();
            var entry = new AddressEntry(AddressField.Normalize(match.Groups["local"].Value));
            entry.Lines.Add(match.Groups["reason"].Success ? match.Groups["reason"].Value : lines[intro].Trim());
            entries.Add(entry);
        }
        return entries;
    }

    // Sendmail-style summary lines under the intro: "550 5.1.1 <a@example.org>... User unknown".
    private static List<AddressEntry> SummaryEntries(BodyLines lines, int start)
    {
        var entries = new List<AddressEntry>();
        foreach (var result in SessionTranscript.Read(lines, start, EndOfList).Results)
        {
            var entry = new AddressEntry(result.Address);
            entry.Lines.Add(result.Text);
            entries.Add(entry);
        }
        return entries;
    }

    // Only an address that directly follows the intro is the recipient ("... not accepting mail from a@example.org:" is not).
    private static string AddressRightAfter(string rest)
    {
        var words = rest.Trim().TrimStart(':').Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? AddressText.Find(words[0].Trim('\'', '"', ',', '.')) : string.Empty;
    }

    // "... addressed to 'a@example.org', failed because it has not been collected": the sentence naming the
    // recipient goes on with the reason; when it stops or ends in "for the following reason:", the next paragraph has it.
    private static AddressEntry NamedEntry(BodyLines lines, int at, string address)
    {
        var entry = new AddressEntry(address);
        var paragraph = lines.Paragraph(at);
        var after = paragraph.IndexOf(address, StringComparison.OrdinalIgnoreCase);
        var rest = after < 0 ? string.Empty : paragraph.Substring(after + address.Length).TrimStart('\'', '"', '>', ',', '.', ' ');
        if (rest.Length > 0 && !rest.EndsWith(":", StringComparison.Ordinal))
        {
            entry.Lines.Add(rest);
            // "... was blocked and has not been delivered." says that it failed; the notice's "Reason:" says why.
            if (!EntryDiagnostics.QuotesCode(rest) && LabelledRecipient.FirstCause(lines) is { Length: > 0 } reason &&
                paragraph.IndexOf(reason, StringComparison.Ordinal) < 0)
                entry.Lines.Add(reason);
            return entry;
        }
        var next = lines.NextParagraph(at);
        if (next < lines.Count && !EndOfList(lines[next]))
            entry.Lines.Add(lines.Paragraph(next));
        return entry;
    }

    /// <summary>The recipient a Subject names, with the paragraph of the notice that names it too; none when the text does not.</summary>
    private static List<AddressEntry> SubjectEntries(string subject, BodyLines lines)
    {
        var entries = new List<AddressEntry>();
        var match = SubjectRecipient.SafeMatch(subject);
        var address = match.Success ? AddressText.Find(match.Groups["address"].Value) : string.Empty;
        var at = address.Length == 0 ? -1 : lines.IndexOf(address);
        if (at < 0)
            return entries;
        var start = at;
        while (start > 0 && !string.IsNullOrWhiteSpace(lines[start - 1]))
            start--;
        var entry = new AddressEntry(address);
        entry.Lines.Add(lines.Paragraph(start));
        entries.Add(entry);
        return entries;
    }

    /// <summary>
    /// "Reason: &lt;address&gt;" lines, when the notice also says the mail could not be delivered. The words before
    /// the address must be a failure the rules know: a notice from a postmaster also labels contacts that way ("Help desk: &lt;a&gt;").
    /// </summary>
    private static List<AddressEntry> ReasonWithAddressEntries(BodyLines lines)
    {
        var entries = new List<AddressEntry>();
        var failed = false;
        for (var i = 0; i < lines.Count && !EndOfList(lines[i]); i++)
        {
            failed |= FailureSentence.SafeIsMatch(lines[i]);
            var match = ReasonWithAddress.SafeMatch(lines[i]);
            if (!match.Success || !IsKnownFailure(match.Groups["reason"].Value))
                continue;
            var entry = new AddressEntry(AddressField.Normalize(match.Groups["address"].Value));
            entry.Lines.Add(match.Groups["reason"].Value.Trim());
            entries.Add(entry);
        }
        return failed ? entries : new List<AddressEntry>();
    }

    private static bool IsKnownFailure(string reason) =>
        ReasonClassifier.Classify(new ReasonQuery { Action = "failed", Diagnostic = reason }).Reason is not (BounceReason.OnHold or BounceReason.Undefined);

    /// <summary>A Subject's own label before the colon that only grades what follows ("Warning: delivery problem", "Virus alert: ...").</summary>
    private static readonly Regex SeverityLabel = TextPatterns.Create(
        @"^\s*(?:(?:virus|virüs|security|spam)\s+)?(?:warning|notice|error|alert|attention|important|urgent|uyarı(?:sı)?)\s*$");

    // A person who writes "Mail delivery problems since Monday" to a help desk lists addresses in the same words;
    // a notice someone forwards keeps its Subject behind "Fwd:".
    private static bool HasNoticeSubject(BounceMessage message)
    {
        var subject = message.Subject;
        if (!IsNoticeSubject(subject))
            return false;
        if (ForwardedNotice.IsForward(subject))
            return true;
        return !MailClient.Wrote(message) && !QuotesSubject(subject);
    }

    // "Request received: Mail delivery problems since Monday": a ticket system's label, then the subject its customer wrote.
    // A notice's own label says what it is ("Undeliverable: ...", "Returned mail: ..."); a gateway's verdict after
    // a quoted "RE: ..." is read by IsNoticeSubject itself.
    private static bool QuotesSubject(string subject)
    {
        var colon = subject.IndexOf(':');
        if (colon <= 0 || ReplySubject.Is(subject))
            return false;
        var label = subject.Substring(0, colon);
        return !IsNoticeSubject(label) && !SeverityLabel.SafeIsMatch(label) && IsNoticeSubject(subject.Substring(colon + 1));
    }
}
