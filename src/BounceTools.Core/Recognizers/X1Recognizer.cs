using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Anonymised family X1 (a Japanese relay): "---The following addresses had delivery errors---"
/// then one "user@example.org [reason]" line per recipient.
/// </summary>
internal sealed class X1Recognizer : IFormatRecognizer
{
    private const string ListMarker = "---The following addresses had delivery errors---";

    public string Format => "X1";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(ListMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var lines = BodyLines.OfNotice(message);
        return NoticeReader.Read(message, draft, AnnotatedAddressList.Read(lines, lines.IndexOf(ListMarker) + 1));
    }
}
