using MimeKit;

namespace BounceTools.Recognizers.Text;

/// <summary>
/// The human-readable text of a notice. When a broken multipart header (an unfolded boundary
/// parameter, say) leaves MIME with no text part, the notice is still there as a preamble.
/// </summary>
internal static class NoticeText
{
    public static string Of(BounceTools.Parsing.BounceMessage message) =>
        message.Memo("NoticeText", m => m.BodyText.Length > 0 ? m.BodyText : Preambles(m.Message.Body, depth: 0));

    /// <summary>True when <paramref name="text"/> holds one of the phrases a format signs its notices with.</summary>
    public static bool ContainsAny(string text, string[] phrases, System.StringComparison comparison)
    {
        foreach (var phrase in phrases)
            if (text.IndexOf(phrase, comparison) >= 0)
                return true;
        return false;
    }

    private static string Preambles(MimeEntity? entity, int depth)
    {
        if (!(entity is Multipart multipart) || depth > BounceTools.Parsing.Limits.MaxMultipartDepth)
            return string.Empty;
        var text = multipart.Preamble ?? string.Empty;
        foreach (var child in multipart)
            text += Preambles(child, depth + 1);
        return text;
    }
}
