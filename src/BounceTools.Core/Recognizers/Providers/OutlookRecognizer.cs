using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>Outlook.com / Hotmail reports: standard delivery-status parts sent from the Hotmail postmaster.</summary>
internal sealed class OutlookRecognizer : IFormatRecognizer
{
    public string Format => "Outlook";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var from = message.FromAddress;
        var at = from.IndexOf('@');
        if (at < 0 || from.IndexOf("hotmail.", at, System.StringComparison.Ordinal) < 0 && !NoticeHeaders.FromDomain(message, "outlook.com") && !NoticeHeaders.FromDomain(message, "live.com"))
            return false;
        return StandardReport.Read(message, draft);
    }
}
