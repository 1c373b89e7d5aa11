using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// Notices that head a list of "user@example.org (reason)" or "user@example.org [reason]" lines
/// with a fixed sentence; the families differ only in that sentence. GroupWise writes one such
/// list too (<see cref="GroupWiseRecognizer"/>).
/// </summary>
internal sealed class AnnotatedListRecognizer : IFormatRecognizer
{
    /// <summary>Anonymised family X1 (a Japanese relay).</summary>
    public static readonly AnnotatedListRecognizer X1 = new("X1", "---The following addresses had delivery errors---");

    private readonly string _listMarker;

    private AnnotatedListRecognizer(string format, string listMarker)
    {
        Format = format;
        _listMarker = listMarker;
    }

    public string Format { get; }

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        if (NoticeText.Of(message).IndexOf(_listMarker, StringComparison.OrdinalIgnoreCase) < 0)
            return false;
        var lines = BodyLines.OfNotice(message);
        return NoticeReader.Read(message, draft, AnnotatedAddressList.Read(lines, lines.IndexOf(_listMarker) + 1));
    }
}
