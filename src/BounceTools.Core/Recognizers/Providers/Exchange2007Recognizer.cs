using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Exchange Server 2007 and later, in any language: a standard delivery-status part whose
/// notice carries a Content-Language header (the language Exchange wrote the text in) or the
/// X-MS-Exchange-Message-Is-Ndr marker. Exchange names its failures with texts such as
/// "RESOLVER.ADR.RecipNotFound" in the Diagnostic-Code; Exchange2007.tsv reads those. The
/// notice's diagnostic section fills what the delivery-status part leaves out, and stands in
/// for it when a notice lost that part. A notice that lost its headers too (saved as plain
/// text, passed through a gateway) still names the Exchange server that generated it.
/// </summary>
internal sealed class Exchange2007Recognizer : IFormatRecognizer
{
    // "Generating server:" of the administrators' section, in the languages Exchange writes it in.
    private static readonly string[] GeneratingServer =
    {
        "Generating server:", "Generierender Server:", "Genererende server:", "Serveur de génération",
        "Servidor de generación:", "Server di generazione:", "Servidor de geração:", "Genererande server:",
        "Serwer generujący:", "Создающий сервер:", "生成元サーバー:", "生成服务器:",
    };

    public string Format => "Exchange2007";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (message.Header("X-MS-Exchange-Message-Is-Ndr") == null && NoticeHeaders.Content(message, "Content-Language") == null &&
            !NoticeText.ContainsAny(NoticeText.Of(message), GeneratingServer, StringComparison.Ordinal))
            return false;
        return ExchangeNotice.Read(message, draft);
    }

}
