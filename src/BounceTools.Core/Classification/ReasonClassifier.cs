using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// Decides the <see cref="BounceReason"/> of one recipient. The knowledge lives in Data/Rules,
/// consulted in this order, the first rule that applies deciding:
/// formats/&lt;Format&gt;.tsv (wording of one MTA), providers/&lt;Provider&gt;.tsv (wording of the
/// remote provider, see <see cref="ProviderDetector"/>), reason-phrases.tsv (generic wording),
/// the "strong" codes of status-reasons.tsv, the vague "weak" phrases, the remaining codes,
/// then fallbacks for delayed reports (Expired) and undecidable text (OnHold).
/// </summary>
public static class ReasonClassifier
{
    private static readonly Lazy<PhraseTable> Phrases = new(() => PhraseTable.Load("Rules/reason-phrases.tsv"));
    private static readonly Lazy<StatusTable> Statuses = new(StatusTable.Load);
    private static readonly ConcurrentDictionary<string, PhraseTable> FormatPhrases = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, PhraseTable> ProviderPhrases = new(StringComparer.OrdinalIgnoreCase);

    public static ReasonDecision Classify(string? action, string? status, int? replyCode, string? diagnostic, string? format = null) =>
        Classify(new ReasonQuery
        {
            Action = action ?? string.Empty,
            Status = status ?? string.Empty,
            ReplyCode = replyCode,
            Diagnostic = diagnostic ?? string.Empty,
            Format = format ?? string.Empty,
        });

    public static ReasonDecision Classify(ReasonQuery query)
    {
        switch (query.Action)
        {
            case "delivered":
            case "relayed":
            case "expanded":
                return new ReasonDecision(BounceReason.Delivered, "action " + query.Action);
        }
        if (query.Status.StartsWith("2.", StringComparison.Ordinal))
            return new ReasonDecision(BounceReason.Delivered, "status " + query.Status);

        if (query.Format.Length > 0 && FormatTable(query.Format).FirstMatch(query.Diagnostic, weak: false) is { } own)
            return new ReasonDecision(own.Reason, query.Format + " phrase /" + own.Pattern + "/");

        var text = MaskAddresses(query.Diagnostic);

        var provider = DetectProvider(query);
        if (provider != null && ProviderTable(provider).FirstMatch(text, weak: false) is { } remote)
            return new ReasonDecision(remote.Reason, provider + " phrase /" + remote.Pattern + "/");

        var phrase = Phrases.Value.FirstMatch(text, weak: false);
        if (IsLocalProgram(query) && phrase?.Reason != BounceReason.MailboxFull)
            return new ReasonDecision(BounceReason.MailerError, "diagnostic type " + query.DiagnosticType);
        if (phrase != null)
            return InContext(phrase.Reason, "phrase /" + phrase.Pattern + "/", query);

        var statusRule = Statuses.Value.Find(query.Status);
        if (statusRule is { IsStrong: true })
            return new ReasonDecision(statusRule.Reason, "status " + query.Status);

        if (query.Action == "delayed")
            return new ReasonDecision(BounceReason.Expired, "action delayed");

        var vague = Phrases.Value.FirstMatch(text, weak: true);
        if (vague != null)
            return new ReasonDecision(vague.Reason, "phrase /" + vague.Pattern + "/");

        if (statusRule != null)
            return new ReasonDecision(statusRule.Reason, "status " + query.Status);

        if (query.ReplyCode is { } code && Statuses.Value.Find(code.ToString()) is { } replyRule)
            return new ReasonDecision(replyRule.Reason, "reply code " + code);

        if (text.Trim().Length > 0)
            return new ReasonDecision(BounceReason.OnHold, "no rule matched the diagnostic");
        return new ReasonDecision(BounceReason.Undefined, string.Empty);
    }

    /// <summary>
    /// Wording about the recipient means something else where the session says otherwise:
    /// "user unknown" given in answer to the message content (DATA), or (at an unknown step) under a status code about
    /// the mailbox, the system or policy (X.2.X, X.3.X, X.7.X) rather than the address, is a
    /// filter at the recipient's side rejecting this sender; a
    /// missing domain reported as a temporary failure is a DNS lookup problem, not proof.
    /// </summary>
    private static ReasonDecision InContext(BounceReason reason, string source, ReasonQuery query)
    {
        if (reason == BounceReason.UserUnknown && !IsAboutAddress(query.Status))
        {
            if (query.SmtpCommand == "DATA")
                return new ReasonDecision(BounceReason.Filtered, source + " in reply to DATA");
            if (query.SmtpCommand.Length == 0 && IsAboutMailboxOrPolicy(query.Status))
                return new ReasonDecision(BounceReason.Filtered, source + " under status " + query.Status);
        }
        if (reason == BounceReason.HostUnknown && query.Status.StartsWith("4", StringComparison.Ordinal))
            return new ReasonDecision(BounceReason.NetworkError, source + " with temporary status " + query.Status);
        return new ReasonDecision(reason, source);
    }

    /// <summary>X.1.X statuses are about the address itself.</summary>
    private static bool IsAboutAddress(string status) => Subject(status) == '1';

    private static bool IsAboutMailboxOrPolicy(string status) => Subject(status) is '2' or '3' or '7';

    private static char Subject(string status) =>
        status.Length >= 3 && status[1] == '.' ? status[2] : ' ';

    /// <summary>
    /// Addresses quoted in server text are not wording: a mailbox named filtered@ or spam@ must
    /// not decide the reason.
    /// </summary>
    private static string MaskAddresses(string text)
    {
        if (text.IndexOf('@') < 0)
            return text;
        try
        {
            return Address.Replace(text, "address");
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static readonly Regex Address = new(
        @"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*",
        RegexOptions.CultureInvariant, StatusCodes.RegexTimeout);

    /// <summary>Delivery to a local program (procmail, a pipe) failed: the program's own text follows.</summary>
    private static bool IsLocalProgram(ReasonQuery query) =>
        query.DiagnosticType.Equals("x-unix", StringComparison.OrdinalIgnoreCase);

    private static string? DetectProvider(ReasonQuery query) =>
        ProviderDetector.Detect(query.RemoteMta)
        ?? ProviderDetector.Detect(query.Diagnostic)
        ?? ProviderDetector.Detect(DomainOf(query.Recipient));

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 ? address.Substring(at + 1) : string.Empty;
    }

    private static PhraseTable FormatTable(string format) =>
        FormatPhrases.GetOrAdd(format, name => PhraseTable.LoadOptional("Rules/formats/" + name + ".tsv"));

    private static PhraseTable ProviderTable(string provider) =>
        ProviderPhrases.GetOrAdd(provider, name => PhraseTable.LoadOptional("Rules/providers/" + FileName(name) + ".tsv"));

    /// <summary>"Yahoo/AOL" is stored as providers/YahooAOL.tsv: letters and digits only.</summary>
    internal static string FileName(string provider)
    {
        var name = new StringBuilder(provider.Length);
        foreach (var c in provider)
            if (char.IsLetterOrDigit(c))
                name.Append(c);
        return name.ToString();
    }
}
