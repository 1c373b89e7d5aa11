using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// Notices that label their recipients among other facts of the message, as filtering gateways
/// ("Recipient(s): a, b" beside "Virus:" and "Reason:", or "From: ... / To: a" summing up the message
/// they stopped), delivery services summing up the envelope ("Mail from: ... / Rcpt To: a") and ISPs writing in their readers' language do ("收件人：a", "받는 사람 : a", "宛先: a",
/// "Empfänger / Recipient: a"). The label alone says nothing of a failure,
/// so the notice must quote the remote server's failure reply on a line of its own
/// ("对方服务器返回：550 User not found"), which is then the reason, or say in words that the message
/// was not delivered, and then its "Reason:" line, or else that sentence, is.
/// </summary>
internal static class LabelledRecipient
{
    private const string RecipientWords =
        @"(?:(?:original\s+|intended\s+|failed\s+)?recipient(?:\(s\)|s)?(?:\s+address)?|your\s+(?:message|mail|e-?mail)\s+to|rcpt\s+to|(?:原邮件)?收\s?件\s?人(?:地址)?|收信人|收件者|받는\s?사람|수신자|수신인|(?:宛先|受信者|送信先)(?:メール)?(?:アドレス)?" +
        @"|empfänger|נמען|destinataire|destinatari[oa]|destinatário|получатель|ontvanger|odbiorca|adresat|alıcı|mottagare|modtager|mottaker|vastaanottaja)";

    // One label, or the same in two languages ("Empfänger / Recipient: a", "宛先 (To):"), the address
    // after it or alone on the next line. An HTML table's cells stand apart by a tab (see HtmlText):
    // a label in one cell and the address in the next need no colon.
    // A label may stand in a bulleted list ("- 받는 사람 : a").
    // Japanese notices also head a list with a bracketed title ("【送信を中止した宛先】"), name the person before the address ("宛先 : 野村 様 <a>"),
    // and label the copies apart ("宛先(To) : a" over "宛先(Cc) : b"): those add to the recipients.
    private static readonly Regex Label = TextPatterns.Create(
        @"^\s*(?:[-*•·]\s+)?(?:" + RecipientWords + @"(?:\s*/\s*" + SecondRecipientWords + @"|\s*\(\s*" + SecondRecipientWords + @"\s*\)|\s*\(\s*(?<copy>b?cc)\s*\))?(?:\s*[:：]| *\t)\s*(?:[^\s<>@:：][^<>@:：]{0,60}?\s*(?=<))?" + AddressList + @"?" +
        @"|【[^】]{0,20}?(?:宛先|受信者)】)\s*$");

    // One address or several, "a@example.org, <b@example.org>".
    private const string AddressList = @"(?<list><?" + TextPatterns.Address + @">?(?:\s*[,;]\s*<?" + TextPatterns.Address + @">?)*)";

    // A gateway's summary of the message it stopped labels its recipients as the header did, "To:",
    // beside "From:"; alone, a "To:" line may be the returned message's own header.
    private static readonly Regex ToLabel = TextPatterns.Create(@"^\s*to\s*[:：]\s*" + AddressList + @"\s*$");
    private static readonly Regex SenderLabel = TextPatterns.Create(
        @"^\s*(?:from|sender|absender|von|expéditeur|remitente|remetente|mittente|afzender|nadawca|отправитель|发件人|寄件者|差出人|送信者|보낸\s?사람)\s*[:：]");

    // Beside a label in the reader's language, a bare "To" can only be that label's translation.
    private const string SecondRecipientWords = "(?:" + RecipientWords + "|to)";

    private static readonly Regex AddressAlone = TextPatterns.Create(@"^\s*<?(?<list>" + TextPatterns.Address + @")>?\s*$");

    // A failure reply, alone or after a label of its own: "550 User not found", "... : 552 5.2.2 Mailbox quota exceeded", "Details<TAB>550 ...", "(550 5.1.1 User unknown)".
    private static readonly Regex Reply = TextPatterns.Create(
        @"(?:^|[:：\t(（])\s*(?<reply>[45][0-5]\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?[ -]+[a-z<#\[].*?)[)）]?\s*$");

    private static readonly Regex NotDelivered = TextPatterns.Create(
        @"\b(?:(?:could not|cannot|can't|will not|won't) be delivered|(?:was|has) not (?:yet )?(?:been )?delivered|undeliverable|unable to deliver|did not send (?:the|your) message|(?:was|has been) (?:blocked|rejected|quarantined)|(?:was|has) not (?:been )?sent|has stopped the)\b" +
        @"|(?:配信|配送|送信)(?:でき|出来|され)ませんでした|(?:配信|配送|送信)されていません|(?:配信|配送|送信)を(?:中止|停止)|届いていません|送信に失敗しました|届けられませんでした|未能(?:成功)?(?:送达|投递)|无法(?:送达|投递)|投递失败|退信|전달되지\s?(?:못|않)|전달하지\s?못|발송되지\s?않|전송(?:에)?\s?실패" +
        @"|konnte nicht zugestellt werden|n'a pas pu être (?:remis|distribué)|no se (?:pudo|puede) entregar|non è stato possibile recapitare|não (?:pôde|foi possível) (?:ser )?entreg|не (?:может быть|удалось) доставить|не (?:было|был|была) доставлен[оа]?|tesl[iİ]m ed[iİ]l(?:e)?me|kon niet (?:worden )?(?:bezorgd|afgeleverd)");

    // "Reason: ...", "Причина: ...", or a label in two languages with the text on the lines below ("理由 (Reason):", "Grund / Reason:"),
    // as Japanese groupware's "エラー内容:" has it.
    private static readonly Regex ReasonLabel = TextPatterns.Create(
        @"^\s*(?:" + ReasonWords + @"\s*[:：]\s*\S|" + ReasonWords + @"\s*(?:/\s*reason|\(\s*reason\s*\))\s*[:：]\s*$|エラー(?:内容|詳細)\s*[:：])");

    private const string ReasonWords = @"(?:reason|cause|(?:last )?error(?: \d{3})?|problem|причина|grund|raison|motivo|razón|powód|důvod|oorzaak|(?:退信|延迟|失败)?原因|理由|사유)";
    private static readonly Regex AnyLabel = TextPatterns.Create(@"^\s*[\w()\- ]{1,30}[:：]");

    /// <summary>
    /// The recipients one label names, each with the reply or the words about the failure; nothing
    /// when the notice labels no one, or labels different recipients in different places. A label
    /// that names some of those again heads their own details ("收件人：a" over a's reply), which are theirs alone.
    /// </summary>
    public static List<AddressEntry> Read(BodyLines lines, Func<string, bool> isEnd)
    {
        List<string>? named = null;
        var notice = new LabelBlock(new List<string>());
        var details = new List<LabelBlock>();
        var current = notice;
        var senderAt = -1;
        for (var i = 0; i < lines.Count && (!isEnd(lines[i]) || IsUnderline(lines, i) || IsSummaryHeading(lines[i]) || FramesLabel(lines, i)); i++)
        {
            var label = Label.SafeMatch(lines[i]);
            if (!label.Success && senderAt >= 0 && i - senderAt <= 2)
                label = ToLabel.SafeMatch(lines[i]);
            if (label.Success)
            {
                var listed = label.Groups["list"].Success ? label : NextAddressLine(lines, ref i);
                if (!listed.Success)
                    continue;
                var found = Addresses(listed.Groups["list"].Value);
                // The list may go on below, an address to a line, aligned under the first.
                while (i + 1 < lines.Count && AddressAlone.SafeMatch(lines[i + 1]) is { Success: true } more && char.IsWhiteSpace(lines[i + 1], 0))
                {
                    found.AddRange(Addresses(more.Groups["list"].Value));
                    i++;
                }
                if (named == null)
                    named = found;
                else if (label.Groups["copy"].Success)
                    named.AddRange(found.Where(address => !named.Contains(address, StringComparer.OrdinalIgnoreCase)));
                else if (IsPartOf(found, named))
                    details.Add(current = new LabelBlock(found));
                else if (!SameAddresses(named, found))
                    return new List<AddressEntry>();
                continue;
            }
            if (SenderLabel.SafeIsMatch(lines[i]))
            {
                senderAt = i;
                continue;
            }
            if (current != notice && string.IsNullOrWhiteSpace(lines[i]))
            {
                current = notice;
                continue;
            }
            var reply = Reply.SafeMatch(lines[i]);
            if (reply.Success)
                current.Replies.Add(reply.Groups["reply"].Value);
            else if (current != notice)
                current.Reasons.Add(lines[i].Trim());
            else if (ReasonLabel.SafeIsMatch(lines[i]))
                current.Reasons.Add(LabelledText(lines, i));
            else if (current.Sentence.Length == 0 && NotDelivered.SafeIsMatch(lines[i]))
                current.Sentence = SentenceWithReason(lines, i);
        }
        var entries = new List<AddressEntry>();
        foreach (var address in named ?? new List<string>())
        {
            var said = details.FirstOrDefault(block => block.Addresses.Contains(address, StringComparer.OrdinalIgnoreCase))?.Said(details: true) is { Count: > 0 } own
                ? own
                : notice.Said(details: false);
            if (said.Count == 0)
                continue;
            var entry = new AddressEntry(address);
            entry.Lines.AddRange(said);
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>Some, not all, of the recipients named first.</summary>
    private static bool IsPartOf(List<string> found, List<string> named) =>
        found.Count < named.Count && found.All(address => named.Contains(address, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The recipients a label names and what the lines under it say of their failure. The notice's
    /// own block says it in replies, "Reason:" lines and a sentence; a block of details, in the paragraph under its label.
    /// </summary>
    private sealed class LabelBlock(List<string> addresses)
    {
        public List<string> Addresses { get; } = addresses;
        public List<string> Replies { get; } = new();
        public List<string> Reasons { get; } = new();
        public string Sentence { get; set; } = string.Empty;

        /// <summary>The replies, else the "Reason:" lines if there is a sentence of failure (or this is a block of details), else that sentence.</summary>
        public List<string> Said(bool details) =>
            Replies.Count > 0 ? Replies : details ? Reasons : Sentence.Length == 0 ? new List<string>() : Reasons.Count > 0 ? Reasons : new List<string> { Sentence };
    }

    // Coremail's notices sum up the message under "原邮件信息 / Original message:" (time, subject, recipients);
    // the message itself comes later, as an attachment.
    private static bool IsSummaryHeading(string line) => line.TrimStart().StartsWith("原邮件信息", StringComparison.Ordinal);

    /// <summary>The notice's first quoted failure reply ("对方服务器返回信息：451 4.7.1 ..."), else its first "Reason: ..." paragraph, else empty.</summary>
    public static string FirstCause(BodyLines lines)
    {
        for (var i = 0; i < lines.Count; i++)
            if (Reply.SafeMatch(lines[i]) is { Success: true } reply)
                return reply.Groups["reply"].Value;
        for (var i = 0; i < lines.Count; i++)
            if (ReasonLabel.SafeIsMatch(lines[i]))
                return LabelledText(lines, i);
        return string.Empty;
    }

    /// <summary>A fact of the message the notice labels, "Subject: ...", "Sent: ...".</summary>
    public static bool IsLabelled(string line) => AnyLabel.SafeIsMatch(line);

    private static List<string> Addresses(string list) =>
        list.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries).Select(AddressText.Find).Where(address => address.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static readonly char[] ListSeparators = { ',', ';' };

    private static bool SameAddresses(List<string> first, List<string> second) =>
        first.Count == second.Count && first.All(address => second.Contains(address, StringComparer.OrdinalIgnoreCase));

    // "Your message could not be delivered" over a line of "=" of its length underlines a heading; it ends nothing.
    private static bool IsUnderline(BodyLines lines, int at)
    {
        var line = lines[at].Trim();
        if (at == 0 || line.Length < 3 || line.Any(c => c != line[0]) || line[0] is not ('=' or '-'))
            return false;
        var heading = lines[at - 1].Trim();
        return heading.Length > 0 && Math.Abs(heading.Length - line.Length) <= 2;
    }

    // A rule over a summary of the stopped message that labels its recipients ("-----" / "宛先 : a" / "件名 : ..." / "-----") frames it; it ends nothing.
    private static bool FramesLabel(BodyLines lines, int at)
    {
        if (!IsRule(lines[at]))
            return false;
        var first = at + 1;
        while (first < lines.Count && string.IsNullOrWhiteSpace(lines[first]))
            first++;
        for (var i = first; i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]) && !IsRule(lines[i]); i++)
            if (Label.SafeIsMatch(lines[i]))
                return true;
        return false;
    }

    // A rule, or a heading between dashes ("--- Additional Information ---:") that is not the returned message's.
    private static bool IsRule(string line)
    {
        var text = line.Trim();
        if (text.Length >= 10 && text[0] is '-' or '=' && text.All(c => c == text[0]))
            return true;
        return text.StartsWith("---", StringComparison.Ordinal) && text.TrimEnd(':').EndsWith("---", StringComparison.Ordinal) &&
               text.IndexOf("original", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("forward", StringComparison.OrdinalIgnoreCase) < 0;
    }

    private static Match NextAddressLine(BodyLines lines, ref int at)
    {
        var next = at + 1;
        while (next < lines.Count && string.IsNullOrWhiteSpace(lines[next]))
            next++;
        var alone = next < lines.Count ? AddressAlone.SafeMatch(lines[next]) : Match.Empty;
        if (alone.Success)
            at = next;
        return alone;
    }

    // "Reason: The attachment file type is not allowed by the security policy" and the lines that carry it on.
    private static string LabelledText(BodyLines lines, int at)
    {
        var text = lines[at].Trim();
        for (var i = at + 1; i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]) && !AnyLabel.SafeIsMatch(lines[i]); i++)
            text += " " + lines[i].Trim();
        return text;
    }

    // "... has stopped the following e-mail for the following reason:" leaves the reason to the next paragraph,
    // and so does a one-line heading ("Your message was not sent."); a one-line outcome below the finding
    // ("Malware was detected ..." / "Action: The message was not delivered ...") leaves it to the paragraph above.
    private static string SentenceWithReason(BodyLines lines, int at)
    {
        var start = ParagraphStart(lines, at);
        var sentence = lines.Paragraph(start);
        var oneLine = start + 1 >= lines.Count || string.IsNullOrWhiteSpace(lines[start + 1]);
        if (oneLine && start > 0 && ParagraphStart(lines, PreviousText(lines, start)) is var above && !AnyLabel.SafeIsMatch(lines[above]) &&
            !string.IsNullOrWhiteSpace(lines[above]))
            sentence = lines.Paragraph(above) + " " + sentence;
        if (!sentence.TrimEnd().EndsWith(":", StringComparison.Ordinal) && !(oneLine && sentence.Length <= MaxHeading))
            return sentence;
        var next = lines.NextParagraph(at);
        return next < lines.Count && !AnyLabel.SafeIsMatch(lines[next]) ? sentence + " " + lines.Paragraph(next) : sentence;
    }

    private const int MaxHeading = 60;

    // The last line with text above line <paramref name="at"/>, or 0.
    private static int PreviousText(BodyLines lines, int at)
    {
        var previous = at - 1;
        while (previous > 0 && string.IsNullOrWhiteSpace(lines[previous]))
            previous--;
        return Math.Max(previous, 0);
    }

    private static int ParagraphStart(BodyLines lines, int at)
    {
        while (at > 0 && !string.IsNullOrWhiteSpace(lines[at - 1]))
            at--;
        return at;
    }
}
