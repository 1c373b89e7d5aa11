using System;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Outlook.com (formerly Hotmail) reports: standard delivery-status parts sent from the
/// postmaster of a Hotmail host (mail.hotmail.com, a regional hotmail.co.uk, ...) or of
/// outlook.com, live.com or msn.com.
/// </summary>
internal sealed class OutlookRecognizer : IFormatRecognizer
{
    public string Format => "Outlook";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (!IsHotmailHost(message.FromAddress) && !NoticeHeaders.FromDomain(message, "outlook.com") &&
            !NoticeHeaders.FromDomain(message, "live.com") && !NoticeHeaders.FromDomain(message, "msn.com"))
            return false;
        return StandardReport.Read(message, draft);
    }

    private static bool IsHotmailHost(string from)
    {
        var at = from.LastIndexOf('@');
        return at >= 0 && Array.IndexOf(from.Substring(at + 1).Split('.'), "hotmail") >= 0;
    }
}
