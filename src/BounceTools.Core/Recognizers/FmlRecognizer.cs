using System;
using BounceTools.Parsing;
using BounceTools.Recognizers.Text;

namespace BounceTools.Recognizers;

/// <summary>
/// fml mailing-list manager: notices from the list's "-admin" address that name the list address,
/// say why the post was not distributed, and quote it after "Original mail as follows:".
/// </summary>
internal sealed class FmlRecognizer : IFormatRecognizer
{
    private const string OriginalMarker = "Original mail as follows:";

    public string Format => "FML";

    public bool TryRecognize(BounceMessage message, BounceDraft draft)
    {
        var from = message.FromAddress;
        var at = from.IndexOf('@');
        if (at < 0 || !from.Substring(0, at).EndsWith("-admin", StringComparison.Ordinal))
            return false;
        var lines = BodyLines.OfNotice(message);
        var end = lines.IndexOf(OriginalMarker);
        if (end < 0)
            return false;

        var notice = string.Join(" ", TextLines.Split(lines.Join(0, end))).Trim();
        var address = AddressText.Find(notice);
        if (address.Length == 0)
            return false;
        var recipient = draft.AddRecipient(address);
        recipient.Action = "failed";
        recipient.DiagnosticCode = notice;
        draft.Original = OriginalMessage.FromText(Unindent(lines.Join(end + 1)));
        return true;
    }

    // fml indents the quoted original by three spaces.
    private static string Unindent(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var line in TextLines.Split(text))
            builder.Append(line.StartsWith("   ", StringComparison.Ordinal) ? line.Substring(3) : line).Append('\n');
        return builder.ToString();
    }
}
