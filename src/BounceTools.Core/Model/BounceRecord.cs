using System;

namespace BounceTools;

/// <summary>
/// One affected recipient of one bounce message: the object Get-BounceStatus emits.
/// Property names are a public contract that scripts rely on; add, never rename.
/// </summary>
public sealed class BounceRecord
{
    /// <summary>Full path of the file the message came from; empty for raw input.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The recipient that failed (Final-Recipient, or the address the format names).</summary>
    public string Recipient { get; set; } = string.Empty;

    /// <summary>The address as the sender wrote it (Original-Recipient), when reported.</summary>
    public string OriginalRecipient { get; set; } = string.Empty;

    /// <summary>failed, delayed, delivered, relayed or expanded (RFC 3464 Action); empty for feedback and auto-replies.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>
    /// Enhanced status code such as 5.1.1. Where the message gives only an SMTP reply code, the class
    /// that code implies (550 gives 5.0.0); empty when it gives neither.
    /// </summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>SMTP reply code such as 550, when one was reported.</summary>
    public int? ReplyCode { get; set; }

    public BounceReason Reason { get; set; }

    /// <summary>Which rule decided <see cref="Reason"/>, so an admin can see why.</summary>
    public string ReasonSource { get; set; } = string.Empty;

    /// <summary>True only when the address itself is bad and should be dropped from lists.</summary>
    public bool IsHardBounce { get; set; }

    /// <summary>What the remote server said, unfolded, without the "smtp;" type prefix.</summary>
    public string DiagnosticCode { get; set; } = string.Empty;

    /// <summary>The Diagnostic-Code type (usually smtp, sometimes x-unix or x-postfix).</summary>
    public string DiagnosticType { get; set; } = string.Empty;

    /// <summary>The SMTP command the failure answered (CONN, HELO, MAIL, RCPT, DATA), when known.</summary>
    public string SmtpCommand { get; set; } = string.Empty;

    public string RemoteMta { get; set; } = string.Empty;
    public string ReportingMta { get; set; } = string.Empty;
    public string ReceivedFromMta { get; set; } = string.Empty;

    /// <summary>When delivery last failed: Last-Attempt-Date, else Arrival-Date, else the bounce's Date.</summary>
    public DateTimeOffset? Date { get; set; }

    public DateTimeOffset? ArrivalDate { get; set; }
    public DateTimeOffset? LastAttemptDate { get; set; }
    public DateTimeOffset? WillRetryUntil { get; set; }
    public string OriginalEnvelopeId { get; set; } = string.Empty;

    public string OriginalMessageId { get; set; } = string.Empty;
    public string OriginalSubject { get; set; } = string.Empty;
    public DateTimeOffset? OriginalDate { get; set; }
    public string OriginalTo { get; set; } = string.Empty;

    /// <summary>The original message's sender (its From address).</summary>
    public string Sender { get; set; } = string.Empty;

    /// <summary>The format family that was recognized, such as RFC3464 or Postfix.</summary>
    public string Format { get; set; } = string.Empty;

    /// <summary>For feedback reports (ARF): abuse, fraud, opt-out, virus, ...</summary>
    public string FeedbackType { get; set; } = string.Empty;

    /// <summary>The Message-ID of the bounce itself.</summary>
    public string BounceMessageId { get; set; } = string.Empty;

    /// <summary>For feedback reports: the IP address the reported message came from (Source-IP).</summary>
    public string SourceIp { get; set; } = string.Empty;

    /// <summary>For a message read from an mbox: its 1-based position in the file.</summary>
    public int? MessageNumber { get; set; }

    /// <summary>For a message read from an mbox: byte offset of its "From " line.</summary>
    public long? MessageOffset { get; set; }
}
