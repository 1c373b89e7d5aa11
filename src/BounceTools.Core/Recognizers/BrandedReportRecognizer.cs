using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// MTAs whose bounces are plain RFC 3464 reports but that borrow another server's looks: Haraka
/// stamps qmail's "(Haraka 1234 invoked for bounce)" trace and greets like qmail-send; ZoneMTA
/// writes Gmail's wording and Exim's X-Failed-Recipients. Told apart by their own marks before
/// the readers they imitate, they are read like any report and named for what wrote them.
/// </summary>
internal sealed class BrandedReportRecognizer : IFormatRecognizer
{
    public static readonly BrandedReportRecognizer Haraka = new("Haraka", message => message.TraceMentions("(Haraka "));

    // X-Sending-Zone on the notice; X-ZoneMTA-Queue-ID in its report when a relay dropped the header.
    public static readonly BrandedReportRecognizer ZoneMta = new("ZoneMTA",
        message => message.Header("X-Sending-Zone") != null || ReportPartText.Contains(message, "X-ZoneMTA-"));

    private readonly Func<BounceMessage, bool> _isMarked;

    private BrandedReportRecognizer(string format, Func<BounceMessage, bool> isMarked)
    {
        Format = format;
        _isMarked = isMarked;
    }

    public string Format { get; }

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        _isMarked(message) && Rfc3464Recognizer.ReadReportPart(message, draft);
}
