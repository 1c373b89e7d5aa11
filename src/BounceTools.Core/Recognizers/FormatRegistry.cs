using System.Collections.Generic;
using BounceTools.Recognizers.Providers;

namespace BounceTools.Recognizers;

/// <summary>
/// Every format recognizer, in the order they are tried: specific layouts first, the generic
/// RFC 3464 reader and plain-text fallbacks last. Adding a format means adding one line here.
/// </summary>
internal static class FormatRegistry
{
    public static IReadOnlyList<IFormatRecognizer> All { get; } = new IFormatRecognizer[]
    {
        new Special.FeedbackReportRecognizer(),
        new Special.MicrosoftComplaintRecognizer(),
        new Special.SieveRejectRecognizer(),
        new Special.AutoReplyRecognizer(),
        new GoogleGroupsRecognizer(),
        new GmailRecognizer(),
        new YahooRecognizer(),
        new MailRuRecognizer(),
        new PecRecognizer(),
        new MxLogicRecognizer(),
        new GmxRecognizer(),
        new EinsUndEinsRecognizer(),
        new ZohoRecognizer(),
        new OpenSmtpdRecognizer(), // its own Subject and greeting: before Exchange, whose Content-Language clue it may carry
        new Exchange2003Recognizer(),
        new MFilterRecognizer(),
        new MailMarshalRecognizer(),
        new MimecastRecognizer(),
        new KddiRecognizer(),
        new BiglobeRecognizer(),
        new EzwebRecognizer(),
        new TrendMicroRecognizer(),
        new ActiveHunterRecognizer(),
        new AmazonWorkMailRecognizer(),
        new ReceivingSesRecognizer(),
        new AmazonSesRecognizer(),
        new SendGridRecognizer(),
        new YandexRecognizer(),
        FilterReportRecognizer.Barracuda,
        FilterReportRecognizer.McAfee,
        new SurfControlRecognizer(),
        new QmailScannerRecognizer(),
        FilterReportRecognizer.Amavis,
        new OutlookRecognizer(),
        new Office365Recognizer(),
        new Exchange2007Recognizer(),
        new HMailServerRecognizer(),
        new MDaemonRecognizer(),
        new CommuniGateRecognizer(),
        new MailEnableRecognizer(),
        new PostOfficeRecognizer(),
        new IronPortRecognizer(),
        new BigfootRecognizer(),
        new ApacheJamesRecognizer(),
        BrandedReportRecognizer.Haraka, // qmail's looks: before the qmail and Exim readers
        BrandedReportRecognizer.ZoneMta,
        new X2Recognizer(), // qmail-derived: before the generic qmail layout
        new QmailRecognizer(),
        new DragonFlyRecognizer(),
        new EximRecognizer(),
        new PostfixRecognizer(),
        new SendmailRecognizer(),
        new V5SendmailRecognizer(),
        new CourierRecognizer(),
        new MessagingServerRecognizer(),
        new DominoRecognizer(),
        new NotesRecognizer(),
        new GroupWiseRecognizer(),
        new PowerMtaRecognizer(),
        new IMailServerRecognizer(),
        new LsmtpRecognizer(),
        new FmlRecognizer(),
        new MailFoundryRecognizer(),
        new VerizonRecognizer(),
        AnnotatedListRecognizer.X1,
        new X3Recognizer(),
        new X6Recognizer(),
        new PpRecognizer(),
        new MmdfRecognizer(),
        new Rfc3464Recognizer(),
        new PlainTextRecognizer(),
    };
}
