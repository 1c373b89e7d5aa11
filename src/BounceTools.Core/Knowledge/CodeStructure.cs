using System.Collections.Generic;

namespace BounceTools.Knowledge;

/// <summary>
/// What the parts of a code mean on their own: the class and subject of an enhanced status code,
/// and the first and second digit of a reply code. Used to explain codes no registry defines.
/// </summary>
internal sealed class CodeStructure
{
    public Dictionary<char, Part> EnhancedClasses { get; } = new();

    public Dictionary<int, Part> EnhancedSubjects { get; } = new();

    public Dictionary<char, Part> ReplyFirstDigits { get; } = new();

    public Dictionary<char, Part> ReplySecondDigits { get; } = new();

    internal sealed class Part
    {
        public Part(string title, string meaning)
        {
            Title = title;
            Meaning = meaning;
        }

        public string Title { get; }

        public string Meaning { get; }
    }
}
