using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// qmail (and netqmail, vpopmail setups): "Hi. This is the qmail-send program at ..." followed by
/// "&lt;address&gt;:" paragraphs and "--- Below this line is a copy of the message." Patched and
/// rebranded qmail servers word the greeting their own way, in any language ("This is the machine
/// generated message from mail service", "Su mensaje no pudo ser entregado", "We're sorry.") and
/// some end with "--- Original message follows."; they keep the paragraphs and the copy marker.
/// </summary>
internal sealed class QmailRecognizer : IFormatRecognizer
{
    private static readonly string[] CopyMarkers = { "--- Below this line", "--- Enclosed is a copy", "--- Original message follows" };
    private static readonly Func<string, bool> EndOfList = AddressEntries.StopAt(CopyMarkers);
    private const string ListIntro = "to the following address";

    private const string RemoteSaid = "Remote host said:";
    private static readonly string[] Trailers = { "Giving up on ", "I'm not going to try again" };

    public string Format => "Qmail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf("qmail-send program", StringComparison.OrdinalIgnoreCase) < 0 &&
            text.IndexOf("wasn't able to deliver your message to the following addresses", StringComparison.OrdinalIgnoreCase) < 0 &&
            !HasCopyMarker(text))
            return false;

        var lines = BodyLines.OfNotice(message);
        // A rebranded greeting may not introduce the list ("We're sorry."): then it is read from the top.
        var listAt = lines.IndexOf(ListIntro);
        var entries = AddressEntries.Read(lines, listAt + 1, EndOfList);
        if (!NoticeReader.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            if (recipient.SmtpCommand.Length == 0)
                recipient.SmtpCommand = CommandFromWording(recipient.DiagnosticCode);
            if (recipient.DiagnosticType.Length == 0)
                recipient.DiagnosticCode = RemoteAnswer(recipient.DiagnosticCode);
        }
        if (draft.Original == OriginalMessage.None)
            draft.Original = OriginalAfterCopyMarker(lines);
        return true;
    }

    private static bool HasCopyMarker(string text)
    {
        foreach (var marker in CopyMarkers)
            if (text.IndexOf(marker, StringComparison.Ordinal) >= 0)
                return true;
        return false;
    }

    private static OriginalMessage OriginalAfterCopyMarker(BodyLines lines)
    {
        foreach (var marker in CopyMarkers)
        {
            var original = NoticeReader.OriginalAfter(lines, marker);
            if (original != OriginalMessage.None)
                return original;
        }
        return OriginalMessage.None;
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
