using System.Collections.Generic;

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
        new Special.AutoReplyRecognizer(),
        new Rfc3464Recognizer(),
    };
}
