using BounceTools.Parsing;

namespace BounceTools.Recognizers;

/// <summary>
/// Knows one MTA's or provider's bounce layout. A recognizer fills the draft and returns true
/// only when the message is in its format; it never throws on content it does not understand.
/// </summary>
internal interface IFormatRecognizer
{
    /// <summary>The format family name reported in BounceRecord.Format.</summary>
    string Format { get; }

    bool TryRecognize(BounceMessage message, BounceDraft draft);
}
