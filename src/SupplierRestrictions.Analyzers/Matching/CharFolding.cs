using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Letters fold to plain lower-case Latin the same way on every host (docs/contract.md §6.1): case folds, marks
/// drop (é → e), and letters that do not decompose transliterate (ß → ss, ø → o, ł → l, þ → th). The table is
/// data generated from the Unicode Character Database (<see cref="LetterFolds"/>), so nothing here depends on
/// ICU, the culture or the runtime's Unicode version. Most chars fold to one char (an array read); a few fold to
/// two or more (ß, æ, œ, þ, ﬁ), which <see cref="FoldedChars"/> walks without allocating.
/// </summary>
internal static class CharFolding
{
    /// <summary>Marks a char that folds to more than one char; U+FFFF itself is not a letter and never folds.</summary>
    private const char Expands = '\uFFFF';

    private static readonly char[] Table = BuildTable();

    /// <summary>
    /// The fold of <paramref name="c"/> when it is one char; otherwise false, and <paramref name="expansion"/> is
    /// what it folds to.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFoldToOne(char c, out char folded, out string? expansion)
    {
        folded = Table[c];
        if (folded != Expands || c == Expands)
        {
            expansion = null;
            return true;
        }

        expansion = ExpansionOf(c);
        return false;
    }

    /// <summary>A slice of text, folded (allocates the result).</summary>
    public static string FoldWord(string text, int start, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            char c = text[start + i];
            if (!TryFoldToOne(c, out char folded, out _))
            {
                return FoldWordWithExpansions(text, start, length);
            }

            chars[i] = folded;
        }

        return new string(chars);
    }

    /// <summary>A whole string, folded: "Müller Straße" → "muller strasse".</summary>
    public static string Fold(string text) => FoldWord(text, 0, text.Length);

    private static string FoldWordWithExpansions(string text, int start, int length)
    {
        var builder = new StringBuilder(length + 4);
        var reader = new FoldedChars(text, start, length);
        while (reader.MoveNext(out char c))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string ExpansionOf(char c)
    {
        int index = Array.BinarySearch(LetterFolds.ExpandingChars, c);
        return LetterFolds.Expansions[index];
    }

    private static char[] BuildTable()
    {
        var table = new char[0x10000];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        ushort[] runs = LetterFolds.Runs;
        for (int r = 0; r < runs.Length; r += 3)
        {
            int first = runs[r];
            int length = runs[r + 1];
            int offset = runs[r + 2];
            for (int c = first; c < first + length; c++)
            {
                table[c] = (char)((c + offset) & 0xFFFF);
            }
        }

        foreach (char c in LetterFolds.ExpandingChars)
        {
            table[c] = Expands;
        }

        return table;
    }
}

/// <summary>The folded chars of a slice of text, one at a time, expanding ß to s, s without allocating.</summary>
internal struct FoldedChars
{
    private readonly string _text;
    private readonly int _end;
    private int _position;
    private string? _expansion;
    private int _expansionIndex;

    public FoldedChars(string text, int start, int length)
    {
        _text = text;
        _position = start;
        _end = start + length;
        _expansion = null;
        _expansionIndex = 0;
    }

    [MethodImpl(HotPath.Optimized)]
    public bool MoveNext(out char folded)
    {
        if (_expansion is not null)
        {
            folded = _expansion[_expansionIndex++];
            if (_expansionIndex == _expansion.Length)
            {
                _expansion = null;
            }

            return true;
        }

        if (_position >= _end)
        {
            folded = '\0';
            return false;
        }

        if (CharFolding.TryFoldToOne(_text[_position++], out folded, out string? expansion))
        {
            return true;
        }

        folded = expansion![0];
        _expansion = expansion;
        _expansionIndex = 1;
        return true;
    }
}
