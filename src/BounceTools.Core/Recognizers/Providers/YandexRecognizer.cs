using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>Yandex.Mail reports: standard delivery-status parts sent from Yandex's mailer-daemon.</summary>
internal sealed class YandexRecognizer : IFormatRecognizer
{
    public string Format => "Yandex";

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        (NoticeHeaders.FromDomain(message, "yandex.ru") || NoticeHeaders.FromDomain(message, "yandex.net") || NoticeHeaders.FromDomain(message, "yandex.com")) &&
        StandardReport.Read(message, draft);
}
