using System.Text;
using System.Text.RegularExpressions;

namespace BounceTools.Knowledge;

/// <summary>PowerShell-style wildcards (<c>*</c>, <c>?</c>), case-insensitive, for code and provider patterns.</summary>
internal sealed class Wildcard
{
    private const string WordCharacter = @"[\w-]";

    private readonly string _pattern;
    private readonly Regex _regex;
    private Regex? _wordInText;

    public Wildcard(string pattern)
    {
        _pattern = pattern;
        _regex = Build("^" + Translate(pattern, ".*", ".") + "$");
    }

    public static bool HasWildcards(string text) => text.IndexOf('*') >= 0 || text.IndexOf('?') >= 0;

    public bool IsMatch(string? text) => text is not null && _regex.IsMatch(text);

    /// <summary>
    /// True when a whole word of <paramref name="text"/> fits the pattern, the wildcards standing for
    /// letters, digits, '-' and '_' only: <c>LPN*630</c> is found in "#216 lpn LPN000_630".
    /// </summary>
    public bool OccursIn(string text)
    {
        _wordInText ??= Build($"(?<!{WordCharacter})" + Translate(_pattern, WordCharacter + "*", WordCharacter) + $"(?!{WordCharacter})");
        return _wordInText.IsMatch(text);
    }

    private static string Translate(string pattern, string any, string one)
    {
        var regex = new StringBuilder();
        foreach (var character in pattern)
        {
            regex.Append(character switch
            {
                '*' => any,
                '?' => one,
                _ => Regex.Escape(character.ToString()),
            });
        }
        return regex.ToString();
    }

    private static Regex Build(string regex) =>
        new(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Classification.StatusCodes.RegexTimeout);
}
