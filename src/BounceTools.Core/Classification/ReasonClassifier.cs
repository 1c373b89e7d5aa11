using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace BounceTools.Classification;

/// <summary>
/// Decides the <see cref="BounceReason"/> of one recipient. The knowledge lives in Data/Rules,
/// consulted in this order, the first rule that applies deciding:
/// local-agents.tsv (what a local delivery agent such as procmail or maildrop said),
/// formats/&lt;Format&gt;.tsv (wording of one MTA), providers/&lt;Provider&gt;.tsv (wording of the remote provider,
/// or of its family when it has no table of its own; see <see cref="ProviderDetector"/>),
/// reason-phrases.tsv (generic wording), the "strong" codes of status-reasons.tsv, codes only providers define (Data/Knowledge,
/// see <see cref="ProviderStatuses"/>), delayed reports (Expired), the remaining codes,
/// the vague "weak" phrases, a refusal at the greeting (Blocked), reply codes, and OnHold for text no rule understands.
/// </summary>
public static class ReasonClassifier
{
    private static readonly Lazy<PhraseTable> Phrases = new(() => PhraseTable.Load("Rules/reason-phrases.tsv"));
    private static readonly Lazy<PhraseTable> LocalAgents = new(() => PhraseTable.Load("Rules/local-agents.tsv"));
    private static readonly Lazy<StatusTable> Statuses = new(StatusTable.Load);
    private static readonly ConcurrentDictionary<string, PhraseTable> FormatPhrases = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, PhraseTable> ProviderPhrases = new(StringComparer.OrdinalIgnoreCase);

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

        var diagnostic = ReplyLines.Unfold(query.Diagnostic);
        var diagnosticText = new PhraseText(diagnostic);
        if (LocalAgents.Value.FirstMatch(diagnosticText, weak: false) is { } agent)
            return new ReasonDecision(agent.Reason, "local delivery agent phrase /" + agent.Pattern + "/");
        if (query.Format.Length > 0 && FormatTable(query.Format).FirstMatch(diagnosticText, weak: false) is { } own)
            return new ReasonDecision(own.Reason, query.Format + " phrase /" + own.Pattern + "/");

        // Masking usually leaves the text as it was: then the text already prepared is read again.
        PhraseText Prepared(string masked) => ReferenceEquals(masked, diagnostic) ? diagnosticText : new PhraseText(masked);
        var text = MaskAddresses(diagnostic);

        // A provider's own links are part of its wording (i.ua names the rule as .../err/9/).
        var provider = DetectProvider(query, diagnosticText);
        if (provider != null && ProviderTable(provider).FirstMatch(Prepared(MaskAddresses(diagnostic, keepLinks: true)), weak: false) is { } remote)
            return new ReasonDecision(remote.Reason, provider + " phrase /" + remote.Pattern + "/");

        var phraseText = Prepared(text);
        var phrase = Phrases.Value.FirstMatch(phraseText, weak: false);
        if (LocalProgram(query) is { } program && phrase?.Reason is not (BounceReason.MailboxFull or BounceReason.SystemFull))
            return new ReasonDecision(BounceReason.MailerError, program);
        if (phrase != null)
            return InContext(phrase.Reason, "phrase /" + phrase.Pattern + "/", query);

        var statusRule = Statuses.Value.Find(query.Status);
        if (statusRule is { IsStrong: true })
            return new ReasonDecision(statusRule.Reason, "status " + query.Status);
        if (statusRule == null && ProviderStatuses.Find(query.Status) is { } defined)
            return new ReasonDecision(defined.Reason, "status " + query.Status + " (" + defined.Provider + ")");

        if (query.Action == "delayed")
            return new ReasonDecision(BounceReason.Expired, "action delayed");

        if (statusRule != null)
            return new ReasonDecision(statusRule.Reason, "status " + query.Status);

        var vague = Phrases.Value.FirstMatch(phraseText, weak: true);
        if (vague != null)
            return new ReasonDecision(vague.Reason, "phrase /" + vague.Pattern + "/");

        // A refusal of the connection or of HELO/EHLO that says nothing more is aimed at the sending host.
        if (IsGreeting(query.SmtpCommand) && !string.IsNullOrWhiteSpace(text))
            return new ReasonDecision(BounceReason.Blocked, "refused in reply to " + query.SmtpCommand);

        if (query.ReplyCode is { } code && Statuses.Value.Find(code.ToString()) is { } replyRule)
            return new ReasonDecision(replyRule.Reason, "reply code " + code);

        if (!string.IsNullOrWhiteSpace(text))
            return new ReasonDecision(BounceReason.OnHold, "no rule matched the diagnostic");
        return new ReasonDecision(BounceReason.Undefined, "no status, code or diagnostic");
    }

    /// <summary>
    /// Wording about the recipient means something else where the session says otherwise.
    /// Refused at the greeting or HELO/EHLO, where the server has seen nothing but the connecting
    /// host, an unknown or invalid name is the client's own, and a policy or a refused sender is
    /// aimed at that host: blocked. An unknown name reported for the sender is a rejected sender.
    /// "User unknown" given in answer to the message content (DATA), or at an unknown step under a status about
    /// the mailbox, the system or policy (X.2.X, X.3.X, X.7.X), or with neither a status nor the
    /// SMTP step to back it, is read as a filter at the recipient's side refusing this sender
    /// (the convention of Sisimai, whose reason names these are). A missing domain reported as a
    /// temporary failure is a DNS lookup problem, not proof that the domain does not exist.
    /// </summary>
    private static ReasonDecision InContext(BounceReason reason, string source, ReasonQuery query)
    {
        // Before MAIL FROM the server has seen only the connecting host: a refusal then is aimed at it.
        if ((reason is BounceReason.UserUnknown or BounceReason.HostUnknown or BounceReason.PolicyViolation or BounceReason.Rejected) &&
            IsGreeting(query.SmtpCommand))
            return new ReasonDecision(BounceReason.Blocked, source + " in reply to " + query.SmtpCommand);
        if ((reason is BounceReason.UserUnknown or BounceReason.HostUnknown) && IsAboutSender(query))
            return new ReasonDecision(BounceReason.Rejected, source + " about the sender");
        if (reason == BounceReason.UserUnknown && !IsAboutAddress(query.Status))
        {
            if (query.SmtpCommand == "DATA")
                return new ReasonDecision(BounceReason.Filtered, source + " in reply to DATA");
            if (query.SmtpCommand.Length == 0 && IsAboutMailboxOrPolicy(query.Status))
                return new ReasonDecision(BounceReason.Filtered, source + " under status " + query.Status);
            if (query.SmtpCommand.Length == 0 && query.Status.Length == 0)
                return new ReasonDecision(BounceReason.Filtered, source + " with neither status nor SMTP command");
        }
        if (reason == BounceReason.HostUnknown && query.Status.StartsWith("4", StringComparison.Ordinal))
            return new ReasonDecision(BounceReason.NetworkError, source + " with temporary status " + query.Status);
        // X.4.7 says the delivery time ran out: the connection trouble, or the temporary refusal, it quotes is why the attempts failed until then.
        if ((reason == BounceReason.NetworkError || query.ReplyCode is >= 400 and < 500) && query.Status.EndsWith(".4.7", StringComparison.Ordinal))
            return new ReasonDecision(BounceReason.Expired, source + " under status " + query.Status);
        return new ReasonDecision(reason, source);
    }

    private static bool IsGreeting(string command) => command is "HELO" or "EHLO" or "CONN";

    /// <summary>An unknown address or domain answering MAIL FROM, or under X.1.7/X.1.8, is the sender's.</summary>
    private static bool IsAboutSender(ReasonQuery query) =>
        query.SmtpCommand == "MAIL" || (Subject(query.Status) == '1' && (query.Status.EndsWith(".7", StringComparison.Ordinal) || query.Status.EndsWith(".8", StringComparison.Ordinal)));

    /// <summary>X.1.X statuses are about the address itself.</summary>
    private static bool IsAboutAddress(string status) => Subject(status) == '1';

    private static bool IsAboutMailboxOrPolicy(string status) => Subject(status) is '2' or '3' or '7';

    private static char Subject(string status) =>
        status.Length >= 3 && status[1] == '.' ? status[2] : ' ';

    /// <summary>
    /// Addresses and links quoted in server text are not wording: a mailbox named filtered@ or a
    /// help page .../reason/#spam must not decide the reason.
    /// </summary>
    private static string MaskAddresses(string text, bool keepLinks = false)
    {
        if (text.IndexOf('@') < 0 && (keepLinks || text.IndexOf("://", StringComparison.Ordinal) < 0))
            return text;
        try
        {
            return Address.Tiered().Replace(keepLinks ? text : Link.Tiered().Replace(text, "link"), "address");
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static readonly Regex Link = new CoreRegex(
        @"\b(?:https?|ftp)://\S+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Address = new CoreRegex(
        @"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// What shows that delivery to a local program (procmail, maildrop, a pipe) failed, with the
    /// program's own text following; null when nothing does. The general wording still reads that
    /// text for a full mailbox or disk, which the program may have been the one to find.
    /// </summary>
    private static string? LocalProgram(ReasonQuery query)
    {
        if (query.DiagnosticType.Equals("x-unix", StringComparison.OrdinalIgnoreCase) && !ExplainingReply.Tiered().IsMatch(query.Diagnostic))
            return "diagnostic type " + query.DiagnosticType;
        foreach (var words in DeliveryCommandWords)
            if (query.Diagnostic.IndexOf(words, StringComparison.OrdinalIgnoreCase) >= 0)
                return "delivery command (\"" + words + "\")";
        return null;
    }

    // An LMTP reply about the address or mailbox passed on under x-unix (sendmail's local mailer) says why
    // delivery failed, as does sendmail's own X.4.6 for a message looping through it, and Messaging Server's
    // TCP channel types its own connection errors x-unix though no program ran ("TCP active open: Failed
    // connect()"); a mailer that merely failed answers with X.3.X or X.0.X, or with no reply at all.
    private static readonly Regex ExplainingReply = new CoreRegex(
        @"^\s*(?:[45]\d\d[ -][45]\.(?:[12]\.\d{1,3}|4\.6)\b|TCP active open:)",
        RegexOptions.CultureInvariant);

    // How Postfix's local(8) and pipe(8) report a delivery command that failed.
    private static readonly string[] DeliveryCommandWords = { "Command output:", "Command died with status", "Command time limit exceeded" };

    private static string? DetectProvider(ReasonQuery query, PhraseText diagnostic) =>
        ProviderDetector.Detect(query.RemoteMta)
        ?? ProviderDetector.Detect(diagnostic)
        ?? ProviderDetector.Detect(DomainOf(query.Recipient))
        ?? (query.RemoteMta.Length == 0 ? ProviderDetector.Detect(query.ReportingMta) : null);

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 ? address.Substring(at + 1) : string.Empty;
    }

    private static PhraseTable FormatTable(string format) =>
        FormatPhrases.GetOrAdd(format, name => PhraseTable.LoadOptional("Rules/formats/" + name + ".tsv"));

    /// <summary>providers/&lt;Provider&gt;.tsv, or when the provider has none, its family's (La Poste reads Orange.tsv).</summary>
    private static PhraseTable ProviderTable(string provider) =>
        ProviderPhrases.GetOrAdd(provider, name =>
        {
            var own = ProviderResource(name);
            return EmbeddedData.Exists(own) ? PhraseTable.Load(own) : PhraseTable.LoadOptional(ProviderResource(ProviderDetector.FamilyOf(name)));
        });

    private static string ProviderResource(string provider) => "Rules/providers/" + FileName(provider) + ".tsv";

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
