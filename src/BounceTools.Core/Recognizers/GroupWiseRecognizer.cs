using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Novell/Micro Focus GroupWise Internet Agent: "The message that you sent was undeliverable to the
/// following:" then one "user@example.org (reason)" line per recipient, and "Possible solutions:".
/// </summary>
internal sealed class GroupWiseRecognizer : IFormatRecognizer
{
    private const string ListMarker = "undeliverable to the following:";

    public string Format => "GroupWise";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(ListMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var lines = BodyLines.OfNotice(message);
        return NoticeReader.Read(message, draft, AnnotatedAddressList.Read(lines, lines.IndexOf(ListMarker) + 1));
    }
}
