using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange Online (Office 365) reports: standard delivery-status parts marked as notices by
/// X-MS-Exchange-Message-Is-Ndr, with the X-MS-Exchange-CrossTenant-* headers of Exchange
/// Online (an on-premises Exchange has the first only; other bounces delivered into an
/// Office 365 mailbox get the second only).
/// </summary>
internal sealed class Office365Recognizer : IFormatRecognizer
{
    public string Format => "Office365";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Header("X-MS-Exchange-Message-Is-Ndr") == null)
            return false;
        if (message.Header("X-MS-Exchange-CrossTenant-OriginalArrivalTime") == null &&
            message.Header("X-MS-Exchange-CrossTenant-Id") == null)
            return false;
        return StandardReport.Read(message, draft);
    }
}
