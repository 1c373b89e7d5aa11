using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Reads a provider's message/delivery-status part the way the generic RFC 3464 recognizer
/// does, for providers whose reports are standard and only their wording or markers differ.
/// </summary>
internal static class StandardReport
{
    private static readonly Rfc3464Recognizer Reader = new();

    public static bool Read(BounceMessage message, BounceDraft draft) => Reader.TryRecognize(message, draft);
}
