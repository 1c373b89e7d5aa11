using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>1&amp;1 (IONOS) notices, sent from kundenserver.de or the 1and1 domains.</summary>
internal sealed class EinsUndEinsRecognizer : IFormatRecognizer
{
    public string Format => "EinsUndEins";

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        (NoticeHeaders.FromDomain(message, "kundenserver.de") || NoticeHeaders.FromDomain(message, "1and1.com") || NoticeHeaders.FromDomain(message, "1und1.de")) &&
        UnitedInternetNotice.Read(message, draft);
}
