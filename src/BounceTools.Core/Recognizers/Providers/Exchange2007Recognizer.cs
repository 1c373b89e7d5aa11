using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange Server 2007 and later, in any language: a standard delivery-status part whose
/// notice carries a Content-Language header (the language Exchange wrote the text in) or the
/// X-MS-Exchange-Message-Is-Ndr marker. Exchange names its failures with texts such as
/// "RESOLVER.ADR.RecipNotFound" in the Diagnostic-Code; Exchange2007.tsv reads those. The
/// notice's diagnostic section fills what the delivery-status part leaves out, and stands in
/// for it when a notice lost that part.
/// </summary>
internal sealed class Exchange2007Recognizer : IFormatRecognizer
{
    public string Format => "Exchange2007";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Header("X-MS-Exchange-Message-Is-Ndr") == null && NoticeHeaders.Content(message, "Content-Language") == null)
            return false;
        return ExchangeNotice.Read(message, draft);
    }
}
