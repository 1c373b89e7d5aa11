using System;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Mail filters and gateways that send standard delivery-status reports; each is told apart by
/// the marker it puts on its notices, so that its own wording (Data/Rules/formats) applies. A
/// filter whose text names each refused recipient is read from that text when the report part is gone.
/// </summary>
internal sealed class FilterReportRecognizer : IFormatRecognizer
{
    private readonly Func<BounceMessage, bool> _isMine;
    private readonly Func<BounceMessage, BounceDraft, bool>? _readText;

    private FilterReportRecognizer(string format, Func<BounceMessage, bool> isMine, Func<BounceMessage, BounceDraft, bool>? readText = null)
    {
        Format = format;
        _isMine = isMine;
        _readText = readText;
    }

    public string Format { get; }

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        _isMine(message) &&
        (_readText != null && message.FindPart("message/delivery-status") == null ? _readText(message, draft) : StandardReport.Read(message, draft));

    /// <summary>Barracuda: "Message you sent blocked by our bulk email filter", or its X-Barracuda headers.</summary>
    public static FilterReportRecognizer Barracuda { get; } = new("Barracuda", message =>
        message.Subject.IndexOf("bulk email filter", StringComparison.OrdinalIgnoreCase) >= 0 ||
        message.Header("X-Barracuda-Connect") != null, BarracudaNotice.Read);

    /// <summary>McAfee Email Gateway: X-NAI-Header.</summary>
    public static FilterReportRecognizer McAfee { get; } = new("McAfee", message =>
        message.Header("X-NAI-Header") != null);

    /// <summary>amavisd-new: sent as "Content-filter at host".</summary>
    public static FilterReportRecognizer Amavis { get; } = new("Amavis", message =>
        NoticeHeaders.FromNameContains(message, "Content-filter at "), AmavisNotice.Read);
}
