namespace BounceTools.Classification;

/// <summary>Everything the classifier weighs for one recipient.</summary>
public sealed class ReasonQuery
{
    public string Action { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public int? ReplyCode { get; set; }
    public string Diagnostic { get; set; } = string.Empty;

    /// <summary>The Diagnostic-Code type: smtp, x-unix (a local program), x-postfix, ...</summary>
    public string DiagnosticType { get; set; } = string.Empty;

    /// <summary>The SMTP command the failure answered: CONN, HELO, EHLO, MAIL, RCPT, DATA, ...; empty when unknown.</summary>
    public string SmtpCommand { get; set; } = string.Empty;

    /// <summary>The recognized format family; its own phrase table is consulted first.</summary>
    public string Format { get; set; } = string.Empty;

    public string RemoteMta { get; set; } = string.Empty;

    /// <summary>The MTA that wrote the report: when nothing names another server, the refusal is its own (Exchange Online's sending limits).</summary>
    public string ReportingMta { get; set; } = string.Empty;
    public string Recipient { get; set; } = string.Empty;
}
