using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Anonymised family X2 (a large web-mail provider's old MTA): "Message from example.org." /
/// "Unable to deliver message to the following address(es)." then "&lt;address&gt;:" paragraphs and
/// "--- Original message follows."
/// </summary>
internal sealed class X2Recognizer : IFormatRecognizer
{
    private const string ListMarker = "Unable to deliver message to the following address(es).";
    private const string OriginalMarker = "--- Original message follows.";

    public string Format => "X2";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var text = NoticeText.Of(message);
        if (text.IndexOf(ListMarker, StringComparison.OrdinalIgnoreCase) < 0 || text.IndexOf(OriginalMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var lines = BodyLines.OfNotice(message);
        var entries = AddressEntries.ReadAfter(lines, ListMarker, AddressEntries.StopAt(OriginalMarker));
        if (!NoticeReader.Read(message, draft, entries))
            return false;
        if (draft.Original == OriginalMessage.None)
            draft.Original = NoticeReader.OriginalAfter(lines, OriginalMarker);
        return true;
    }
}
