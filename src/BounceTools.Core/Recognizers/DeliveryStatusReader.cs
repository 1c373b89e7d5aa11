using BounceTools.Parsing;

namespace BounceTools.Recognizers;

/// <summary>Copies RFC 3464 fields into a draft; shared by every recognizer whose format embeds them.</summary>
internal static class DeliveryStatusReader
{
    public static void Fill(DeliveryStatus status, BounceDraft draft)
    {
        var perMessage = status.PerMessage;
        draft.ReportingMta = DeliveryStatus.SplitTyped(perMessage["Reporting-MTA"]).Text;
        draft.ReceivedFromMta = DeliveryStatus.SplitTyped(perMessage["Received-From-MTA"]).Text;
        draft.ArrivalDate = DeliveryStatus.ParseDate(perMessage["Arrival-Date"]);
        draft.OriginalEnvelopeId = perMessage["Original-Envelope-Id"]?.Trim() ?? string.Empty;

        foreach (var block in status.PerRecipient)
        {
            var address = UsableAddress(AddressField.Parse(block["Final-Recipient"]), AddressField.Parse(block["Original-Recipient"]));
            if (address.Length == 0)
                continue;
            var recipient = draft.AddRecipient(address);
            recipient.OriginalRecipient = AddressField.Parse(block["Original-Recipient"]);
            recipient.ActualRecipient = MailAddressOrEmpty(AddressField.Parse(block["X-Actual-Recipient"]));
            recipient.Action = ActionKeyword(block["Action"]);
            recipient.Status = FirstToken(block["Status"]);
            recipient.RemoteMta = DeliveryStatus.SplitTyped(block["Remote-MTA"]).Text;
            var (type, text) = DeliveryStatus.SplitTyped(block["Diagnostic-Code"]);
            recipient.DiagnosticType = type;
            recipient.DiagnosticCode = WithSupplementaryInfo(text.Length > 0 ? text : StatusComment(block["Status"]), block["X400-Supplementary-Info"]);
            recipient.LastAttemptDate = DeliveryStatus.ParseDate(block["Last-Attempt-Date"]);
            recipient.WillRetryUntil = DeliveryStatus.ParseDate(block["Will-Retry-Until"]);
        }
        NameExpandedAliases(draft);
    }

    /// <summary>
    /// Sendmail names the address the sender used (Final-Recipient) and the one an alias made of it
    /// (X-Actual-Recipient). The sender's address is the recipient, unless the alias expanded to
    /// several addresses with outcomes of their own: then each is told apart by its own. (An alias
    /// loop lists one outcome once per alias it went through.)
    /// </summary>
    private static void NameExpandedAliases(BounceDraft draft)
    {
        if (!draft.Recipients.Exists(recipient => recipient.ActualRecipient.Length > 0))
            return;
        static string Outcome(RecipientDraft r) => r.Action + " " + r.Status + " " + r.RemoteMta;
        var expanded = draft.Recipients.FindAll(recipient => recipient.ActualRecipient.Length > 0 &&
            draft.Recipients.Exists(other => string.Equals(other.Recipient, recipient.Recipient, System.StringComparison.OrdinalIgnoreCase) &&
                !string.Equals(Outcome(other), Outcome(recipient), System.StringComparison.OrdinalIgnoreCase)));
        foreach (var recipient in expanded)
        {
            if (recipient.OriginalRecipient.Length == 0)
                recipient.OriginalRecipient = recipient.Recipient;
            recipient.Recipient = recipient.ActualRecipient;
        }
    }

    private static string MailAddressOrEmpty(string address) => address.IndexOf('@') > 0 ? address : string.Empty;

    /// <summary>
    /// Final-Recipient, unless it is not an Internet mail address and Original-Recipient is: gateways
    /// write an X.400 O/R name ("x400; /S=user/PRMD=.../C=GB/"), a bare route ("@mx.example.org") or
    /// the mailbox of an internal delivery channel ("user@ims-ms-daemon", a host name without a dot).
    /// </summary>
    internal static string UsableAddress(string final, string original)
    {
        if (final.Length == 0 || final[0] == '@' || (!IsInternetAddress(final) && IsInternetAddress(original)))
            return original.Length > 0 ? original : final;
        return final;
    }

    private static bool IsInternetAddress(string address)
    {
        var at = address.LastIndexOf('@');
        return at > 0 && address.IndexOf('.', at) > at + 1;
    }

    /// <summary>
    /// X.400 gateways give only numbered reason and diagnostic codes ("Reason 1 (Unable-To-Transfer);
    /// Diagnostic -1 (Unknown)") and put what the next server said in X400-Supplementary-Info.
    /// </summary>
    private static string WithSupplementaryInfo(string diagnostic, string? info)
    {
        var text = (info ?? string.Empty).Trim().Trim('"').Trim();
        if (text.Length == 0 || diagnostic.IndexOf(text, System.StringComparison.OrdinalIgnoreCase) >= 0)
            return diagnostic;
        return diagnostic.Length == 0 ? text : diagnostic + " (" + text + ")";
    }

    /// <summary>
    /// "Status: 4.0.0 (example.org: host name lookup failure)": without a Diagnostic-Code, the comment is the only
    /// explanation. Some servers write their SMTP reply in place of the code ("Status: 550 Requested action not
    /// taken: mailbox unavailable"); then the whole reply is.
    /// </summary>
    internal static string StatusComment(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        var text = value!.Trim();
        if (IsReply(text))
            return text;
        var open = value.IndexOf('(');
        var close = value.LastIndexOf(')');
        return open >= 0 && close > open ? value.Substring(open + 1, close - open - 1).Trim() : string.Empty;
    }

    private static bool IsReply(string text) =>
        text.Length > 4 && (text[0] == '4' || text[0] == '5') && char.IsDigit(text[1]) && char.IsDigit(text[2]) && (text[3] == ' ' || text[3] == '-');

    /// <summary>"relayed (to non-DSN-aware mailer)": Sendmail comments on the action; the keyword is the action.</summary>
    private static string ActionKeyword(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        var end = text.IndexOfAny(new[] { ' ', '\t', '(' });
        return (end < 0 ? text : text.Substring(0, end)).ToLowerInvariant();
    }

    private static string FirstToken(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return string.Empty;
        var text = value!.Trim();
        var end = 0;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] == '.'))
            end++;
        return text.Substring(0, end);
    }
}
