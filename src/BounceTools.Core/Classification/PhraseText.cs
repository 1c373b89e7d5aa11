using System.Text;

namespace BounceTools.Classification;

/// <summary>
/// A text as phrase rules read it: blanks single-spaced, and lower-cased and indexed once for the
/// literal gates of every rule of every table it is tried against.
/// </summary>
internal sealed class PhraseText
{
    public PhraseText(string text)
    {
        Text = SingleSpaced(text);
        Lowered = Text.ToLowerInvariant();
        Trigrams = new Trigrams(Lowered);
    }

    public string Text { get; }

    /// <summary>The same text lower-cased (invariant).</summary>
    public string Lowered { get; }

    /// <summary>The sequences of <see cref="Lowered"/>, for declining words it lacks.</summary>
    public Trigrams Trigrams { get; }

    /// <summary>Each three-character sequence of <see cref="Lowered"/> (see <see cref="Trigrams.Of"/>), for looking up the rules that need it.</summary>
    public int[] Sequences => _sequences ??= Classification.Trigrams.Of(Lowered);

    private int[]? _sequences;

    /// <summary>
    /// The alternatives of a table worth trying on this text (see <see cref="PhraseTable.RuleIndex.Candidates"/>),
    /// kept for the table last asked about: the strong and then the weak rules of one table are tried on the same text.
    /// </summary>
    public bool[] CandidatesIn(PhraseTable.RuleIndex index)
    {
        if (!ReferenceEquals(index, _candidatesOf))
        {
            _candidates = index.Candidates(this);
            _candidatesOf = index;
        }
        return _candidates!;
    }

    private PhraseTable.RuleIndex? _candidatesOf;
    private bool[]? _candidates;

    // Phrases are written with single spaces; a server's own spacing, or a report refolded on its way
    // ("Disk quota" + CRLF + "    exceeded" unfolds to "Disk quota    exceeded"), leaves runs of blanks between words.
    private static string SingleSpaced(string text)
    {
        if (!HasOtherBlanks(text))
            return text;
        var spaced = new StringBuilder(text.Length);
        var blank = false;
        foreach (var c in text)
        {
            if (IsBlank(c))
            {
                if (!blank)
                    spaced.Append(' ');
                blank = true;
                continue;
            }
            spaced.Append(c);
            blank = false;
        }
        return spaced.ToString();
    }

    private static bool HasOtherBlanks(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsBlank(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' ')))
                return true;
        return false;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\n';
}
