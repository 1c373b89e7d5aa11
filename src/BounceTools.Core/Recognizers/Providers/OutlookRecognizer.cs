using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Outlook.com (formerly Hotmail) reports: standard delivery-status parts sent from the
/// postmaster of a Hotmail host (mail.hotmail.com, a regional hotmail.co.uk, ...) or of
/// outlook.com, live.com or msn.com, or, from another sender name, with Hotmail's own headers.
/// </summary>
internal sealed class OutlookRecognizer : IFormatRecognizer
{
    public string Format => "Outlook";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!IsHotmailHost(message.FromAddress) && !NoticeHeaders.FromDomain(message, "outlook.com") &&
            !NoticeHeaders.FromDomain(message, "live.com") && !NoticeHeaders.FromDomain(message, "msn.com") && !HasHotmailMarks(message))
            return false;
        return StandardReport.Read(message, draft);
    }

    /// <summary>Hotmail's servers stamp X-Message-Delivery and X-Message-Info on what they send, their users' mail as well as their notices.</summary>
    private static bool HasHotmailMarks(BounceMessage message) =>
        (message.Header("X-Message-Delivery") != null || message.Header("X-Message-Info") != null) &&
        NoticeSender.IsDaemonMailbox(message) &&
        message.Subject.IndexOf("Delivery Status Notification", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsHotmailHost(string from)
    {
        var at = from.LastIndexOf('@');
        return at >= 0 && Array.IndexOf(from.Substring(at + 1).Split('.'), "hotmail") >= 0;
    }
}
