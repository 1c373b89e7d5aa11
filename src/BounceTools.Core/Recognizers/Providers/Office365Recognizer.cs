using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange Online (Office 365) reports: standard delivery-status parts, recognized by the
/// X-MS-Exchange-CrossTenant-* headers Exchange Online puts on its own notices.
/// </summary>
internal sealed class Office365Recognizer : IFormatRecognizer
{
    public string Format => "Office365";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Header("X-MS-Exchange-CrossTenant-OriginalArrivalTime") == null &&
            message.Header("X-MS-Exchange-CrossTenant-Id") == null)
            return false;
        return StandardReport.Read(message, draft);
    }
}
