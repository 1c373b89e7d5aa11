using System.Text;
using System.Text.RegularExpressions;

namespace BounceTools.Knowledge;

/// <summary>PowerShell-style wildcards (<c>*</c>, <c>?</c>), case-insensitive, for code and provider patterns.</summary>
internal sealed class Wildcard
{
    private readonly Regex _regex;

    public Wildcard(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var character in pattern)
        {
            regex.Append(character switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(character.ToString()),
            });
        }
        _regex = new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Classification.StatusCodes.RegexTimeout);
    }

    public static bool HasWildcards(string text) => text.IndexOf('*') >= 0 || text.IndexOf('?') >= 0;

    public bool IsMatch(string? text) => text is not null && _regex.IsMatch(text);
}
