using System.Text;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// German writes ä, ö, ü as ae, oe, ue where the letters are not at hand (docs/contract.md §6.1): a name written
/// "Müller" is also met as <c>Mueller</c>. Folding alone gives "muller"; this gives the other spelling, for the
/// matcher to index as well. Only names need it: code written "Mueller" folds to "mueller" as it is.
/// </summary>
internal static class GermanSpelling
{
    /// <summary>
    /// The name with ä, ö, ü (also written with a combining diaeresis) as ae, oe, ue, keeping the case pattern
    /// ("MÜLLER" → "MUELLER", "Über" → "Ueber"), or null when the name has none of them.
    /// </summary>
    public static string? Alternative(string name)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            char vowel = Umlauted(c);
            int consumed = 1;
            if (vowel == '\0' && IsPlainVowel(c) && i + 1 < name.Length && name[i + 1] == '\u0308')
            {
                vowel = c;
                consumed = 2;
            }

            if (vowel == '\0')
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(name, 0, i, name.Length + 4);
            builder.Append(vowel);
            builder.Append(char.IsUpper(vowel) && IsShouted(name, i, consumed) ? 'E' : 'e');
            i += consumed - 1;
        }

        return builder?.ToString();
    }

    private static char Umlauted(char c) => c switch
    {
        '\u00E4' => 'a',
        '\u00F6' => 'o',
        '\u00FC' => 'u',
        '\u00C4' => 'A',
        '\u00D6' => 'O',
        '\u00DC' => 'U',
        _ => '\0',
    };

    private static bool IsPlainVowel(char c) => c is 'a' or 'o' or 'u' or 'A' or 'O' or 'U';

    /// <summary>A capital umlaut next to another capital is in an all-capital word: "MÜLLER" → "MUELLER".</summary>
    private static bool IsShouted(string name, int index, int consumed)
    {
        int next = index + consumed;
        bool nextUpper = next < name.Length && char.IsUpper(name[next]);
        bool previousUpper = index > 0 && char.IsUpper(name[index - 1]);
        bool nextLetter = next < name.Length && char.IsLetter(name[next]);
        return nextUpper || (previousUpper && !nextLetter);
    }
}
