namespace BounceTools.Classification;

/// <summary>
/// The three-character sequences of a text, kept as bits of a small table, so that a word the text
/// cannot hold is declined by a few bit tests instead of a search through the text: the phrase
/// tables try about a thousand words on every diagnostic. A bit stands for many sequences, so a set
/// bit proves nothing and the search still decides.
/// </summary>
internal sealed class Trigrams
{
    private const int TableLog2 = 11;
    private const int TableBits = 1 << TableLog2;

    /// <summary>How many values a sequence (see <see cref="Of"/>) may take.</summary>
    public const int SequenceCount = TableBits;

    // Beyond this many sequences most bits are set and the table declines almost nothing.
    private const int MaxText = TableBits / 4;

    // A short text sets few bits, so a smaller table declines as much and costs less: a diagnostic
    // of 100 characters fills a tenth of 1,024 bits. Words keep their full-size bits, shifted down.
    private const int MinTableLog2 = 8;
    private const int BitsPerCharacter = 8;

    private readonly ulong[]? _table;
    private readonly int _shift;

    public Trigrams(string text)
    {
        if (text.Length > MaxText)
            return;
        var log2 = MinTableLog2;
        while (log2 < TableLog2 && (1 << log2) < text.Length * BitsPerCharacter)
            log2++;
        _shift = TableLog2 - log2;
        _table = new ulong[(1 << log2) / 64];
        for (var i = 2; i < text.Length; i++)
        {
            var bit = Bit(text[i - 2], text[i - 1], text[i]) >> _shift;
            _table[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>The bits of a word's sequences, computed once per word for <see cref="MayHold"/>.</summary>
    public static int[] Of(string word)
    {
        var bits = new int[System.Math.Max(word.Length - 2, 0)];
        for (var i = 2; i < word.Length; i++)
            bits[i - 2] = Bit(word[i - 2], word[i - 1], word[i]);
        return bits;
    }

    /// <summary>False when the text lacks one of the word's sequences, and so the word.</summary>
    public bool MayHold(int[] word)
    {
        if (_table == null)
            return true;
        foreach (var wordBit in word)
        {
            var bit = wordBit >> _shift;
            if ((_table[bit >> 6] & (1UL << bit)) == 0)
                return false;
        }
        return true;
    }

    /// <summary>The size of a table of <see cref="OfShortText"/>, in 64-bit words.</summary>
    public const int ShortTableWords = (1 << ShortTableLog2) / 64;

    private const int ShortTableLog2 = 9;

    /// <summary>
    /// The sequences of a text tried only once, lower-cased as they are read, into a table of
    /// <see cref="ShortTableWords"/> the caller provides: for a short text this costs less than a
    /// lower-cased copy and a table on the heap.
    /// </summary>
    public static void OfShortText(string text, System.Span<ulong> table)
    {
        if (text.Length < 3)
            return;
        char a = Lower(text[0]), b = Lower(text[1]);
        for (var i = 2; i < text.Length; i++)
        {
            var c = Lower(text[i]);
            var bit = Bit(a, b, c) >> (TableLog2 - ShortTableLog2);
            table[bit >> 6] |= 1UL << bit;
            (a, b) = (b, c);
        }
    }

    /// <summary>As <see cref="MayHold"/>, for a table of <see cref="OfShortText"/>.</summary>
    public static bool ShortTextMayHold(System.ReadOnlySpan<ulong> table, int[] word)
    {
        foreach (var wordBit in word)
        {
            var bit = wordBit >> (TableLog2 - ShortTableLog2);
            if ((table[bit >> 6] & (1UL << bit)) == 0)
                return false;
        }
        return true;
    }

    private static char Lower(char c) =>
        c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static int Bit(char a, char b, char c) =>
        (int)(((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (c * 0xC2B2AE3Du)) >> (32 - TableLog2));
}
