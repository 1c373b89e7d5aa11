using System;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>The SMTP reply code and enhanced status code found in a piece of server text.</summary>
public readonly struct StatusCodePair
{
    private readonly string? _status;

    public StatusCodePair(int? replyCode, string status)
    {
        ReplyCode = replyCode;
        _status = status;
    }

    /// <summary>The basic SMTP reply code (550), or null when the text carries none.</summary>
    public int? ReplyCode { get; }

    /// <summary>The enhanced status code (5.1.1), or empty when the text carries none.</summary>
    public string Status => _status ?? string.Empty;
}

/// <summary>
/// Finds status codes in diagnostic text. Understands "550 5.1.1", "550-5.1.1", "550 #5.1.1",
/// "#5.1.1", "Status: 5.1.1" and a bare reply code such as "554 Transaction failed".
/// </summary>
public static class StatusCodes
{
    internal static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    // An enhanced code is class.subject.detail. In running text only the subjects RFC 3463 defines
    // (0 to 7) count, and the guards keep IP addresses and version numbers (10.2.3.4, 1.5.0.2,
    // "Exim 4.97.1") from passing for codes.
    private const string Enhanced = @"(?<![\d.])[245]\.[0-7]\.\d{1,3}(?![\d]|\.\d)";

    // A Status field may use any subject the syntax allows (the XWall gateway reports 5.9.8).
    private static readonly Regex EnhancedSyntax = new CoreRegex(@"^[245]\.\d{1,3}\.\d{1,3}\z", RegexOptions.CultureInvariant);

    // "550 5.1.1", "550-5.1.1", "550 #5.1.1", "550 (#5.1.1)".
    private const string ReplyAndEnhanced = @"(?<reply>[245][0-5]\d)(?:[ \-]|\s*#|\s*\(#?)(?<status>" + Enhanced + ")";

    private static readonly Regex ReplyThenEnhanced = new CoreRegex(
        @"(?<![\w.\-])" + ReplyAndEnhanced, RegexOptions.CultureInvariant);

    // The same at the start of the text only, where the remote server's own reply stands.
    private static readonly Regex LeadingReplyThenEnhanced = new CoreRegex(
        @"^\s*" + ReplyAndEnhanced, RegexOptions.CultureInvariant);

    private static readonly Regex EnhancedOnly = new CoreRegex(
        "(?<status>" + Enhanced + ")",
        RegexOptions.CultureInvariant);

    private static readonly Regex ReplyOnly = new CoreRegex(
        @"(?<![\w.\-/:@+=#<\[$%])(?<reply>[245][0-5]\d)(?=[ \-]|$|\s)(?!-\d)",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>
    /// The enhanced status a bare reply code implies (RFC 3463 ties the class to the reply's first
    /// digit): 550 gives 5.0.0, 421 gives 4.0.0. Empty for no code, and for a success code quoted
    /// on a failure (a "250 OK" in a transcript is not what failed).
    /// </summary>
    public static string OfReplyCode(int? replyCode, string action) => (replyCode / 100) switch
    {
        2 when action is not ("failed" or "delayed") => "2.0.0",
        4 => "4.0.0",
        5 => "5.0.0",
        _ => string.Empty,
    };

    public static StatusCodePair Extract(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return default;

        try
        {
            var both = ReplyThenEnhanced.Tiered().Match(text);
            if (both.Success)
                return new StatusCodePair(int.Parse(both.Groups["reply"].Value), both.Groups["status"].Value);

            var reply = ReplyOnly.Tiered().Match(text);
            var status = EnhancedOnly.Tiered().Match(text);
            return new StatusCodePair(
                reply.Success ? int.Parse(reply.Groups["reply"].Value) : null,
                status.Success ? status.Groups["status"].Value : string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            return default;
        }
    }

    /// <summary>True for a well-formed enhanced status code such as 5.1.1.</summary>
    public static bool IsEnhancedCode(string? code) =>
        !string.IsNullOrEmpty(code) && EnhancedSyntax.Tiered().IsMatch(code);

    /// <summary>True for codes that say nothing beyond the class, such as 5.0.0.</summary>
    public static bool IsGeneric(string? status) =>
        string.IsNullOrEmpty(status) || status!.EndsWith(".0.0", StringComparison.Ordinal);

    /// <summary>
    /// True for codes that do not tell the cause: the class alone (5.0.0), or an expired
    /// delivery (4.4.7), which only says that the attempts ran out of time, not why they failed.
    /// </summary>
    public static bool IsLessTelling(string? status) =>
        IsGeneric(status) || status!.EndsWith(".4.7", StringComparison.Ordinal);

    /// <summary>
    /// The first enhanced code in the text that tells a cause (see <see cref="IsLessTelling"/>), of the
    /// class given (or any), or empty. A code with its detail outranks a subject-only code before it:
    /// Microsoft's "451 4.4.0 Primary target IP address responded with: 452 4.2.2 Mailbox full" is 4.2.2.
    /// A subject-only code of the subject of <paramref name="skipSubjectOf"/> (4.4.0 under 4.4.7) is passed over.
    /// </summary>
    public static string FirstTelling(string? text, char ofClass = '\0', string skipSubjectOf = "")
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var subjectOnly = string.Empty;
        try
        {
            for (var match = EnhancedOnly.Tiered().Match(text); match.Success; match = match.NextMatch())
            {
                var code = match.Value;
                if (IsLessTelling(code) || ofClass != '\0' && code[0] != ofClass || IsSubjectOnly(code) && skipSubjectOf.Length > 0 && SameSubject(code, skipSubjectOf) ||
                    IsExchangeConnectFailure(text!, match.Index + match.Length))
                    continue;
                if (!IsSubjectOnly(code))
                    return code;
                if (subjectOnly.Length == 0)
                    subjectOnly = code;
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
        return subjectOnly;
    }

    // Exchange words a connection it could not make as a reply of its own, "421 4.2.1 Unable to connect.":
    // the 4.2.1 (a disabled mailbox) is not what the remote server said.
    private static bool IsExchangeConnectFailure(string text, int afterCode) =>
        afterCode >= ConnectFailureCode.Length && string.CompareOrdinal(text, afterCode - ConnectFailureCode.Length, ConnectFailureCode, 0, ConnectFailureCode.Length) == 0 &&
        string.Compare(text, afterCode, ConnectFailureText, 0, ConnectFailureText.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private const string ConnectFailureCode = "4.2.1";
    private const string ConnectFailureText = " Unable to connect";

    /// <summary>
    /// The enhanced code of a server reply that opens the text ("552 5.2.2 Over quota"), or
    /// empty: the remote server's own words, as a Diagnostic-Code quotes them.
    /// </summary>
    public static string LeadingReplyStatus(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        try
        {
            var match = LeadingReplyThenEnhanced.Tiered().Match(text);
            return match.Success ? match.Groups["status"].Value : string.Empty;
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// The status an admin should see. The remote server's own reply, quoted at the start of the
    /// diagnostic, outranks the reporting server's Status of the same class: that Status is a
    /// copy or a translation of it. A missing Status is taken from the diagnostic text. A
    /// Status that does not tell the cause (5.0.0, or 4.4.7 for attempts that ran out of time)
    /// gives way to the first code of the same class in the text that does.
    /// </summary>
    public static string MostTelling(string? reported, string? diagnostic)
    {
        var status = IsEnhancedCode(reported) ? reported! : Extract(diagnostic).Status;
        var remote = LeadingReplyStatus(diagnostic);
        if (remote.Length > 0 && (status.Length == 0 || SameClass(remote, status)) && !IsLessTelling(remote) && !LacksDetailOf(remote, status))
            return remote;
        if (!IsLessTelling(status))
            return WithDetail(status, diagnostic);
        // Exchange's own "451 4.4.0 DNS query failed" under 4.4.7 says no more than the 4.4.7 does.
        var telling = FirstTelling(diagnostic, status.Length == 0 ? '\0' : status[0], skipSubjectOf: IsGeneric(status) ? string.Empty : status);
        return telling.Length > 0 ? WithDetail(telling, diagnostic) : status;
    }

    private static string WithDetail(string status, string? diagnostic) =>
        IsSubjectOnly(status) && FirstDetailOf(status, diagnostic) is { Length: > 0 } detail ? detail : status;

    private static bool SameClass(string first, string second) => first[0] == second[0];

    /// <summary>Whether two enhanced codes share their subject, the middle number (the 4 of 4.4.0 and 4.4.7).</summary>
    private static bool SameSubject(string first, string second) =>
        string.CompareOrdinal(first, 0, second, 0, first.IndexOf('.', 2) + 1) == 0 && first.IndexOf('.', 2) == second.IndexOf('.', 2);

    // "550 5.1.0 ... no such user" under a reported 5.1.1: the reply names the subject the report details.
    private static bool LacksDetailOf(string remote, string status) =>
        IsSubjectOnly(remote) && !IsSubjectOnly(status) && !IsLessTelling(status) &&
        string.CompareOrdinal(remote, 0, status, 0, remote.Length - 1) == 0;

    // "5.1.0", "5.3.0": the subject (addressing, the mail system) without the detail.
    private static bool IsSubjectOnly(string status) => status.EndsWith(".0", StringComparison.Ordinal);

    /// <summary>
    /// The first code in the text of the same class and subject as <paramref name="status"/> that has
    /// a detail ("5.1.1" for "5.1.0"): a gateway that sums up the remote reply under its own subject
    /// code quotes that reply ("5.1.0 - Unknown address error ('550', ['5.1.1 ... User unknown'])").
    /// </summary>
    private static string FirstDetailOf(string status, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var subject = status.Substring(0, status.Length - 1);
        try
        {
            for (var match = EnhancedOnly.Tiered().Match(text); match.Success; match = match.NextMatch())
                if (match.Value.StartsWith(subject, StringComparison.Ordinal) && !IsSubjectOnly(match.Value) && !IsLessTelling(match.Value))
                    return match.Value;
        }
        catch (RegexMatchTimeoutException)
        {
        }
        return string.Empty;
    }
}
