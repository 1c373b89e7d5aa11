using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Verizon Wireless MMS/SMS gateways (vtext.com, vzwpix.com): "Message could not be delivered to mobile."
/// with an "Error:" line, then "Original Message:" whose To: line is the recipient.
/// </summary>
internal sealed class VerizonRecognizer : IFormatRecognizer
{
    private const string OriginalMarker = "Original Message:";

    public string Format => "Verizon";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var from = message.FromAddress;
        if (!from.EndsWith("vzwpix.com", StringComparison.OrdinalIgnoreCase) && !from.EndsWith("vtext.com", StringComparison.OrdinalIgnoreCase))
            return false;
        var lines = BodyLines.OfNotice(message);
        var originalAt = lines.IndexOf(OriginalMarker);
        var errorAt = lines.IndexOf("Error:");
        if (originalAt < 0 || errorAt < 0 || errorAt > originalAt)
            return false;

        draft.Original = OriginalMessage.FromText(lines.Join(originalAt + 1));
        var address = draft.Original.To;
        if (address.Length == 0)
            return false;
        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        recipient.DiagnosticCode = lines[errorAt].Trim();
        return true;
    }
}
