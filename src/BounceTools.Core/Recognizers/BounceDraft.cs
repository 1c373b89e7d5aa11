using System;
using System.Collections.Generic;
using BounceTools.Parsing;

namespace BounceTools.Recognizers;

/// <summary>
/// What a recognizer found in one message, before normalization and classification.
/// Recognizers fill what their format states and leave the rest empty.
/// </summary>
internal sealed class BounceDraft
{
    private readonly int _maxRecipients;

    /// <param name="maxRecipients">Past this many recipients the message is rejected, so a recognizer stops early.</param>
    public BounceDraft(int maxRecipients = int.MaxValue)
    {
        _maxRecipients = maxRecipients;
    }

    public string ReportingMta { get; set; } = string.Empty;
    public string ReceivedFromMta { get; set; } = string.Empty;
    public DateTimeOffset? ArrivalDate { get; set; }
    public string OriginalEnvelopeId { get; set; } = string.Empty;
    public OriginalMessage Original { get; set; } = OriginalMessage.None;
    public List<RecipientDraft> Recipients { get; } = new();

    /// <summary>For feedback reports: where the reported message came from (Source-IP).</summary>
    public string SourceIp { get; set; } = string.Empty;

    /// <summary>Forgets what a recognizer that gave up wrote, so that the next one starts from nothing.</summary>
    public void Clear()
    {
        ReportingMta = string.Empty;
        ReceivedFromMta = string.Empty;
        ArrivalDate = null;
        OriginalEnvelopeId = string.Empty;
        Original = OriginalMessage.None;
        Recipients.Clear();
        SourceIp = string.Empty;
    }

    /// <exception cref="BounceParseException">The draft already holds the most recipients allowed.</exception>
    public RecipientDraft AddRecipient(string address)
    {
        if (Recipients.Count >= _maxRecipients)
            throw new BounceParseException($"The report names more than {_maxRecipients} recipients.", "TooManyRecipients");
        var recipient = new RecipientDraft { Recipient = AddressField.Normalize(address) };
        Recipients.Add(recipient);
        return recipient;
    }
}

/// <summary>Per-recipient facts as a format states them.</summary>
internal sealed class RecipientDraft
{
    public string Recipient { get; set; } = string.Empty;
    public string OriginalRecipient { get; set; } = string.Empty;

    /// <summary>The address an alias or forward turned the recipient into (Sendmail's X-Actual-Recipient), or empty.</summary>
    public string ActualRecipient { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public int? ReplyCode { get; set; }
    public string DiagnosticType { get; set; } = string.Empty;
    public string DiagnosticCode { get; set; } = string.Empty;
    public string RemoteMta { get; set; } = string.Empty;
    public string SmtpCommand { get; set; } = string.Empty;
    public DateTimeOffset? LastAttemptDate { get; set; }
    public DateTimeOffset? WillRetryUntil { get; set; }
    public string FeedbackType { get; set; } = string.Empty;

    /// <summary>A reason the format itself implies (feedback report, auto-reply); skips classification.</summary>
    public BounceReason? ImpliedReason { get; set; }
}
