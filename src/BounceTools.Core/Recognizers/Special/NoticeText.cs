using System.Text;
using BounceTools.Parsing;

namespace BounceTools.Recognizers.Special;

/// <summary>The opening words of a notice's human-readable text, as a one-line summary.</summary>
internal static class NoticeText
{
    private const int MaxLength = 300;

    /// <summary>A shorter opening ("Hello,", "Thank you for your message.") says nothing yet, so the next paragraph is added.</summary>
    private const int MinLength = 40;

    /// <summary>The first paragraph of <paramref name="text"/> (or more, while shorter than a sentence), unfolded onto one line and shortened.</summary>
    public static string FirstLines(string text)
    {
        var summary = new StringBuilder();
        foreach (var line in TextLines.Split(text))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                if (summary.Length >= MinLength)
                    break;
                continue;
            }
            if (summary.Length > 0)
                summary.Append(' ');
            summary.Append(trimmed);
            if (summary.Length >= MaxLength)
                break;
        }
        return summary.Length > MaxLength ? summary.ToString(0, MaxLength) : summary.ToString();
    }
}
