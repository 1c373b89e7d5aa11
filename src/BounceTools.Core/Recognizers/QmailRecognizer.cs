using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// qmail (and netqmail, vpopmail setups): "Hi. This is the qmail-send program at ..." followed by
/// "&lt;address&gt;:" paragraphs and "--- Below this line is a copy of the message." Providers often
/// replace the intro with their own words (or language) but keep the paragraphs, the divider or
/// qmail's "failure notice" subject.
/// </summary>
internal sealed class QmailRecognizer : IFormatRecognizer
{
    private static readonly string[] Intros = { "qmail-send program", "wasn't able to deliver your message to the following addresses" };
    private static readonly string[] Dividers = { "--- Below this line is a copy of the message", "--- Below the next line is a copy of the message", "--- Enclosed is a copy of the message", "--- Enclosed are the original headers of the message" };
    private const string DefaultSubject = "failure notice";

    // qmail's divider, or a provider's own "--- ..." line in its place, ends the list.
    private static readonly Func<string, bool> EndOfList = AddressEntries.StopAt("--- ");

    private const string RemoteSaid = "Remote host said:";
    private static readonly string[] Trailers = { "Giving up on ", "I'm not going to try again" };

    public string Format => "Qmail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!LooksLikeQmail(message))
            return false;

        var lines = BodyLines.OfNotice(message);
        var intro = lines.IndexOf("to the following addresses");
        var first = intro >= 0 ? intro + 1 : FirstEntry(lines);
        if (first < 0)
            return false;
        var end = first;
        while (end < lines.Count && !EndOfList(lines[end]))
            end++;
        var entries = AddressEntries.Read(lines, first, EndOfList);
        if (!NoticeReader.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            if (recipient.SmtpCommand.Length == 0)
                recipient.SmtpCommand = CommandFromWording(recipient.DiagnosticCode);
            if (recipient.DiagnosticType.Length == 0)
                recipient.DiagnosticCode = RemoteAnswer(recipient.DiagnosticCode);
        }
        if (draft.Original == OriginalMessage.None && end < lines.Count)
            draft.Original = OriginalMessage.FromText(lines.Join(end + 1));
        return true;
    }

    private static bool LooksLikeQmail(BounceMessage message)
    {
        var text = NoticeText.Of(message);
        foreach (var phrase in Intros)
            if (Contains(text, phrase))
                return true;
        foreach (var divider in Dividers)
            if (Contains(text, divider))
                return true;
        return string.Equals(message.Subject.Trim(), DefaultSubject, StringComparison.OrdinalIgnoreCase) && NoticeSender.IsMailSystem(message);
    }

    // Each recipient opens a paragraph with "<user@example.org>:" on a line of its own (or followed by the reason).
    private static int FirstEntry(BodyLines lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith("<", StringComparison.Ordinal) && line.IndexOf(">:", StringComparison.Ordinal) > 0 && AddressText.TryReadLeading(line, out _, out _))
                return i;
            if (EndOfList(line))
                break;
        }
        return -1;
    }

    // "Connected to 192.0.2.1 but sender was rejected. Remote host said: 550 ... Giving up on 192.0.2.1."
    // The server's answer is what explains the failure; qmail's own sentences around it only say
    // at which stage it came and that the queue lifetime ran out.
    private static string RemoteAnswer(string text)
    {
        var said = text.IndexOf(RemoteSaid, StringComparison.OrdinalIgnoreCase);
        var answer = said >= 0 ? text.Substring(said + RemoteSaid.Length) : text;
        foreach (var trailer in Trailers)
        {
            var cut = answer.IndexOf(trailer, StringComparison.OrdinalIgnoreCase);
            if (cut > 0)
                answer = answer.Substring(0, cut);
        }
        return answer.Trim();
    }

    // qmail-remote states the stage of the failure in words rather than naming the command.
    private static string CommandFromWording(string diagnostic)
    {
        if (Contains(diagnostic, "does not like recipient"))
            return "RCPT";
        if (Contains(diagnostic, "sender was rejected"))
            return "MAIL";
        if (Contains(diagnostic, "my name was rejected"))
            return "HELO";
        if (Contains(diagnostic, "but greeting failed"))
            return "CONN";
        if (Contains(diagnostic, "failed after I sent the message") || Contains(diagnostic, "failed on DATA command"))
            return "DATA";
        return string.Empty;
    }

    private static bool Contains(string text, string phrase) => text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0;
}
