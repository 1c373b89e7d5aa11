using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Mail.ru's notices: Mail.ru relays through Exim, so its notice is a Russian paragraph followed
/// by Exim's English one ("The following address(es) failed:", each address with the remote
/// reply), read as Exim reads it; only the sender tells the two apart.
/// </summary>
internal sealed class MailRuRecognizer : IFormatRecognizer
{
    private static readonly EximRecognizer Exim = new();

    public string Format => "MailRu";

    public bool TryRecognize(BounceMessage message, BounceDraft draft) =>
        NoticeHeaders.FromDomain(message, "mail.ru") && Exim.TryRecognize(message, draft);
}
