using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using BounceTools.Parsing;
using BounceTools.Recognizers.Providers;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Anonymised family X2 (a large provider's qmail-based MTA). The old notices read "Message from
/// example.org." / "Unable to deliver message to the following address(es)." then "&lt;address&gt;:"
/// paragraphs and "--- Original message follows."; the later ones give each failure a block of its own:
/// "Delivery failed: address", qmail-remote's sentences ("192.0.2.1 failed after I sent the message.",
/// "Remote host said[Response Message]: 554 ...") and the stage ("STEP: DATA SEND").
/// </summary>
internal sealed class X2Recognizer : IFormatRecognizer
{
    private const string ListMarker = "Unable to deliver message to the following address(es).";
    private const string OriginalMarker = "--- Original message follows.";

    private static readonly NoticeLayout FailureBlocks = new(
        start: null,
        recipient: TextPatterns.Create(@"^\s*Delivery failed:\s*<?(?<address>" + TextPatterns.Address + @")>?\s*$"),
        end: TextPatterns.Create(@"^\s*-{3,}\s*Original message"));

    // The block's last line; what follows it is the provider's footer.
    private static readonly Regex Stage = TextPatterns.Create(@"^\s*STEP:\s*(?<command>HELO|EHLO|MAIL|RCPT|DATA)?");

    public string Format => "X2";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(ListMarker, StringComparison.OrdinalIgnoreCase) >= 0 && text.IndexOf(OriginalMarker, StringComparison.OrdinalIgnoreCase) >= 0)
            return ReadList(message, draft);
        // A block without the remote server's answer (no host found) still ends with its stage.
        return text.IndexOf("Delivery failed:", StringComparison.OrdinalIgnoreCase) >= 0 &&
               (text.IndexOf("Remote host said", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("STEP:", StringComparison.Ordinal) >= 0) &&
               ReadFailureBlocks(message, draft);
    }

    private static bool ReadList(BounceMessage message, BounceDraft draft)
    {
        var lines = BodyLines.OfNotice(message);
        var entries = AddressEntries.ReadAfter(lines, ListMarker, AddressEntries.StopAt(OriginalMarker));
        if (!NoticeReader.Read(message, draft, entries))
            return false;
        if (draft.Original == OriginalMessage.None)
            draft.Original = NoticeReader.OriginalAfter(lines, OriginalMarker);
        return true;
    }

    private static bool ReadFailureBlocks(BounceMessage message, BounceDraft draft)
    {
        var entries = NoticeScanner.Scan(message.BodyText, FailureBlocks);
        var stages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var last = entry.Lines.FindIndex(line => Stage.SafeIsMatch(line));
            if (last < 0)
                continue;
            stages[entry.Address] = Stage.SafeMatch(entry.Lines[last]).Groups["command"].Value.ToUpperInvariant();
            entry.Lines.RemoveRange(last, entry.Lines.Count - last);
        }
        if (!NoticeScanner.Read(message, draft, entries))
            return false;
        foreach (var recipient in draft.Recipients)
        {
            if (recipient.DiagnosticType.Length > 0)
                continue;
            var said = QmailWording.Command(recipient.DiagnosticCode);
            recipient.SmtpCommand = said.Length > 0 ? said : stages.TryGetValue(recipient.Recipient, out var stage) ? stage : string.Empty;
            recipient.DiagnosticCode = QmailWording.RemoteAnswer(recipient.DiagnosticCode);
        }
        return true;
    }
}
