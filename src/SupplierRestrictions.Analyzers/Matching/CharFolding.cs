using System.Globalization;
using System.Text;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Case and diacritics are ignored (docs/contract.md §6): every character folds to one lower-case base character.
/// The table is built once; folding a character on the hot path is an array read.
/// </summary>
internal static class CharFolding
{
    private const int TableSize = 0x2000;
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        if (c < TableSize)
        {
            return Table[c];
        }

        // Beyond the table, lower-casing can land inside it (U+212B ANGSTROM SIGN is å), and folding must be
        // idempotent because stored words are folded again when hashed.
        char lower = char.ToLowerInvariant(c);
        return lower < TableSize ? Table[lower] : lower;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (int i = 0; i < TableSize; i++)
        {
            char c = (char)i;
            table[i] = char.ToLowerInvariant(BaseCharacter(c));
        }

        return table;
    }

    private static char BaseCharacter(char c)
    {
        if (c < 128 || char.IsSurrogate(c))
        {
            return c;
        }

        string decomposed;
        try
        {
            decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (System.ArgumentException)
        {
            return c;
        }

        char first = decomposed[0];
        return decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark ? first : c;
    }
}
