using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>GMX's "Mail delivery failed: returning message to sender" notices.</summary>
internal sealed class GmxRecognizer : IFormatRecognizer
{
    public string Format => "GMX";

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        (NoticeHeaders.FromDomain(message, "gmx.com") || NoticeHeaders.FromDomain(message, "gmx.net") || NoticeHeaders.FromDomain(message, "gmx.de")) &&
        UnitedInternetNotice.Read(message, draft);
}
