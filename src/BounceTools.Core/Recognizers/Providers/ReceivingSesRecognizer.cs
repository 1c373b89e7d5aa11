using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Amazon SES receiving (inbound-smtp.*.amazonaws.com): standard delivery-status reports,
/// sent through SES (X-SES-Outgoing) with SES's inbound endpoint as the Reporting-MTA.
/// </summary>
internal sealed class ReceivingSesRecognizer : IFormatRecognizer
{
    public string Format => "ReceivingSES";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Header("X-SES-Outgoing") == null || !StandardReport.Read(message, draft))
            return false;
        return draft.ReportingMta.StartsWith("inbound-smtp.", System.StringComparison.OrdinalIgnoreCase);
    }
}
