using System.Globalization;
using System.Text.RegularExpressions;
using BounceTools.Classification;

namespace BounceTools.Knowledge;

/// <summary>An enhanced status code, or a provider's range of detail numbers such as 5.7.606-649.</summary>
internal sealed class StatusPattern
{
    private static readonly Regex Shape = new CoreRegex(@"^(?<class>[245])\.(?<subject>\d{1,3})\.(?<from>\d{1,3})(?:-(?<to>\d{1,3}))?$", RegexOptions.CultureInvariant);

    private StatusPattern(char statusClass, int subject, int detailFrom, int detailTo)
    {
        StatusClass = statusClass;
        Subject = subject;
        DetailFrom = detailFrom;
        DetailTo = detailTo;
    }

    public char StatusClass { get; }

    public int Subject { get; }

    public int DetailFrom { get; }

    public int DetailTo { get; }

    public bool IsRange => DetailTo != DetailFrom;

    public static StatusPattern? TryParse(string? text)
    {
        var match = Shape.Match(text?.Trim() ?? "");
        if (!match.Success)
            return null;
        var from = Number(match.Groups["from"].Value);
        var to = match.Groups["to"].Success ? Number(match.Groups["to"].Value) : from;
        return to < from ? null : new StatusPattern(match.Groups["class"].Value[0], Number(match.Groups["subject"].Value), from, to);
    }

    public bool Covers(StatusPattern code) =>
        code.StatusClass == StatusClass && code.Subject == Subject && code.DetailFrom >= DetailFrom && code.DetailTo <= DetailTo;

    public override string ToString() =>
        IsRange ? $"{StatusClass}.{Subject}.{DetailFrom}-{DetailTo}" : $"{StatusClass}.{Subject}.{DetailFrom}";

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
