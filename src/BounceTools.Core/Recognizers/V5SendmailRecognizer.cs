using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Sendmail 5 and other pre-DSN sendmails: only "----- Transcript of session follows -----" with
/// "550 &lt;user@example.org&gt;... reason" lines, then "----- Unsent message follows -----" (later releases:
/// "----- Original message follows -----"; when the session broke off before the message came in,
/// "----- No message was collected -----"). A warning ("THIS IS A WARNING MESSAGE ONLY") reports a delay.
/// </summary>
internal sealed class V5SendmailRecognizer : IFormatRecognizer
{
    private const string TranscriptMarker = "----- Transcript of session follows -----";
    private static readonly string[] OriginalMarkers = { "----- Unsent message follows -----", "----- Original message follows -----" };
    private const string NothingCollected = "----- No message was collected -----";
    private static readonly Func<string, bool> EndOfTranscript = line => line.TrimStart().StartsWith("-----", StringComparison.Ordinal);

    public string Format => "V5Sendmail";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(TranscriptMarker, StringComparison.OrdinalIgnoreCase) < 0 ||
            (!NoticeText.ContainsAny(text, OriginalMarkers, StringComparison.OrdinalIgnoreCase) && text.IndexOf(NothingCollected, StringComparison.OrdinalIgnoreCase) < 0))
            return false;

        var lines = BodyLines.OfNotice(message);
        var originalAt = lines.IndexOfAny(OriginalMarkers);

        var transcript = SessionTranscript.Read(lines, lines.IndexOf(TranscriptMarker) + 1, EndOfTranscript);
        draft.Original = NoticeReader.OriginalAfter(lines, originalAt);
        var action = text.IndexOf("THIS IS A WARNING MESSAGE ONLY", StringComparison.OrdinalIgnoreCase) >= 0 ? "delayed" : "failed";
        foreach (var result in transcript.Results)
            Add(draft, action, result.Address, result.Text, result.Command, result.Host);

        // A transcript that names no recipient ("421 example.org (smtp)... Deferred") is about the original's addressee.
        if (draft.Recipients.Count == 0 && draft.Original.To.Length > 0)
            Add(draft, action, draft.Original.To, lines.Paragraph(lines.IndexOf(TranscriptMarker) + 1), transcript.LastCommand, transcript.LastHost);
        return draft.Recipients.Count > 0;
    }

    private static void Add(BounceDraft draft, string action, string address, string text, string command, string host)
    {
        var recipient = draft.AddRecipient(address);
        recipient.Action = action;
        recipient.DiagnosticCode = text;
        recipient.SmtpCommand = command;
        recipient.RemoteMta = host;
    }
}
