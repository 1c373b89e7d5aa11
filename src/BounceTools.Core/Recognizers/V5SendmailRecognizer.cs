using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Sendmail 5 and other pre-DSN sendmails: only "----- Transcript of session follows -----" with
/// "550 &lt;user@example.org&gt;... reason" lines, then "----- Unsent message follows -----" (or, when the
/// session broke off before the message came in, "----- No message was collected -----").
/// </summary>
internal sealed class V5SendmailRecognizer : IFormatRecognizer
{
    private const string TranscriptMarker = "----- Transcript of session follows -----";
    private const string OriginalMarker = "----- Unsent message follows -----";
    private const string NothingCollected = "----- No message was collected -----";
    private static readonly Func<string, bool> EndOfTranscript = line => line.TrimStart().StartsWith("-----", StringComparison.Ordinal);

    public string Format => "V5Sendmail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(TranscriptMarker, StringComparison.OrdinalIgnoreCase) < 0 ||
            (text.IndexOf(OriginalMarker, StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf(NothingCollected, StringComparison.OrdinalIgnoreCase) < 0))
            return false;

        var lines = BodyLines.OfNotice(message);
        var transcript = SessionTranscript.Read(lines, lines.IndexOf(TranscriptMarker) + 1, EndOfTranscript);
        draft.Original = NoticeReader.OriginalAfter(lines, OriginalMarker);
        foreach (var result in transcript.Results)
            Add(draft, result.Address, result.Text, result.Command, result.Host);

        // A transcript that names no recipient ("421 example.org (smtp)... Deferred") is about the original's addressee.
        if (draft.Recipients.Count == 0 && draft.Original.To.Length > 0)
            Add(draft, draft.Original.To, lines.Paragraph(lines.IndexOf(TranscriptMarker) + 1), transcript.LastCommand, transcript.LastHost);
        return draft.Recipients.Count > 0;
    }

    private static void Add(BounceDraft draft, string address, string text, string command, string host)
    {
        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        recipient.DiagnosticCode = text;
        recipient.SmtpCommand = command;
        recipient.RemoteMta = host;
    }
}
