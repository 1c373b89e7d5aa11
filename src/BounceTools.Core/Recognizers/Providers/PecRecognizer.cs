using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Providers;

/// <summary>
/// Italian certified e-mail (PEC, Posta Elettronica Certificata): the provider's signed receipts say
/// in an X-Ricevuta header what they report, and carry the facts in an attached daticert.xml whose
/// layout the PEC technical rules fix. "errore-consegna" (the recipient's provider could not deliver:
/// &lt;consegna&gt; names the address, &lt;errore-esteso&gt; says why) and "non-accettazione" (the sender's
/// provider refused the message for all its &lt;destinatari&gt;) are failures; "preavviso-errore-consegna",
/// sent when delivery has not succeeded within hours, is a delay; "avvenuta-consegna" reports the
/// delivery to the &lt;consegna&gt; mailbox. A receipt without &lt;errore-esteso&gt; says why in its text.
/// </summary>
internal sealed class PecRecognizer : IFormatRecognizer
{
    public string Format => "PEC";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var action = ActionOf(message.Header("X-Ricevuta"));
        if (action.Length == 0 || FindCertificateData(message) is not { } data)
            return false;
        var fields = CertificateData.Read(data);
        if (fields == null)
            return false;
        var recipients = fields.Delivered.Count > 0 ? fields.Delivered : fields.Addressees;
        var diagnostic = fields.Error.Length > 0 ? fields.Error : ReceiptWords(message, fields.ErrorKind);
        foreach (var address in recipients)
        {
            var recipient = draft.AddRecipient(address);
            recipient.Action = action;
            recipient.DiagnosticCode = diagnostic;
        }
        draft.ReportingMta = fields.Provider;
        draft.Original = OriginalMessage.FromFields(fields.MessageId.Length > 0 ? fields.MessageId : message.Header("X-Riferimento-Message-ID") ?? string.Empty, fields.Subject, fields.Sender);
        return draft.Recipients.Count > 0;
    }

    private static readonly Regex ReceiptIdentifier = TextPatterns.Create(@"^\s*Identificativo messaggio:");

    /// <summary>
    /// Without an extended error, what the receipt's text says of the failure ("a causa di: dimensione
    /// del messaggio superiore al limite", "non è stato consegnato entro le 24 ore"), then the kind of error.
    /// </summary>
    private static string ReceiptWords(BounceMessage message, string errorKind)
    {
        var words = TextPatterns.Squeeze(TextSections.Before(message.BodyText, ReceiptIdentifier)).Trim();
        var kind = errorKind.Length > 0 ? "errore: " + errorKind : string.Empty;
        return words.Length == 0 ? kind : kind.Length == 0 ? words : words + " (" + kind + ")";
    }

    private static string ActionOf(string? receipt) =>
        (receipt ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "errore-consegna" or "non-accettazione" => "failed",
            "preavviso-errore-consegna" => "delayed",
            "avvenuta-consegna" => "delivered",
            _ => string.Empty,
        };

    private static MimeKit.MimeEntity? FindCertificateData(BounceMessage message)
    {
        foreach (var part in message.Parts)
            if (part is MimeKit.MimePart { FileName: { } name } && name.Equals("daticert.xml", StringComparison.OrdinalIgnoreCase))
                return part;
        return null;
    }

    /// <summary>The fields of daticert.xml a receipt of failure fills in.</summary>
    private sealed class CertificateData
    {
        public List<string> Addressees { get; } = new();
        public List<string> Delivered { get; } = new();
        public string Sender { get; private set; } = string.Empty;
        public string Subject { get; private set; } = string.Empty;
        public string Provider { get; private set; } = string.Empty;
        public string MessageId { get; private set; } = string.Empty;
        public string Error { get; private set; } = string.Empty;
        public string ErrorKind { get; private set; } = string.Empty;

        public static CertificateData? Read(MimeKit.MimeEntity part)
        {
            // Receipts declare postacert.dtd; it is skipped, never fetched.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
            var data = new CertificateData();
            try
            {
                using var reader = XmlReader.Create(new StringReader(BounceMessage.ReadText(part)), settings);
                reader.MoveToContent();
                // ReadElementContentAsString moves past the element it reads, so the loop advances only otherwise.
                while (!reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                        continue;
                    }
                    switch (reader.LocalName)
                    {
                        case "destinatari":
                            data.Addressees.Add(reader.ReadElementContentAsString().Trim());
                            break;
                        case "consegna":
                            data.Delivered.Add(reader.ReadElementContentAsString().Trim());
                            break;
                        case "mittente":
                            data.Sender = reader.ReadElementContentAsString();
                            break;
                        case "oggetto":
                            data.Subject = reader.ReadElementContentAsString();
                            break;
                        case "gestore-emittente":
                            data.Provider = reader.ReadElementContentAsString().Trim();
                            break;
                        case "msgid":
                            data.MessageId = reader.ReadElementContentAsString();
                            break;
                        case "errore-esteso":
                            data.Error = reader.ReadElementContentAsString().Trim();
                            break;
                        default:
                            if (reader.LocalName == "postacert")
                                data.ErrorKind = reader.GetAttribute("errore") ?? string.Empty;
                            reader.Read();
                            break;
                    }
                }
            }
            catch (XmlException)
            {
                return null;
            }
            return data;
        }
    }
}
