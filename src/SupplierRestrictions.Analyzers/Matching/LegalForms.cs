using System.Collections.Generic;
using System.Linq;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Legal-form words dropped from the end of a name (docs/contract.md §6), as folded word sequences; a strict name
/// must be followed by one of them ("Cubic Corp" for "Cubic Corporation").
/// </summary>
internal static class LegalForms
{
    private static readonly string[][] Forms =
    {
        new[] { "inc", "incorporated" },
        new[] { "corp", "corporation" },
        new[] { "co", "company" },
        new[] { "ltd", "limited" },
        new[] { "llc", "limited liability company" },
        new[] { "lp", "limited partnership" },
        new[] { "llp", "limited liability partnership" },
        new[] { "lllp" },
        new[] { "plc", "public limited company" },
        new[] { "gmbh" },
        new[] { "ag" },
        new[] { "sa" },
        new[] { "nv" },
        new[] { "bv" },
        new[] { "pty" },
        new[] { "pte" },
        new[] { "srl" },
        new[] { "sarl" },
        new[] { "spa" },
        new[] { "kk" },
        new[] { "oy" },
        new[] { "ab" },
        new[] { "pllc" },
    };

    /// <summary>Every form as words, longest first so "limited partnership" wins over "limited".</summary>
    private static readonly string[][] FormsLongestFirst = Forms
        .SelectMany(g => g)
        .Select(f => f.Split(' '))
        .OrderByDescending(words => words.Length)
        .ToArray();

    /// <summary>Every legal form, as words: what may follow a strict name.</summary>
    public static IReadOnlyList<string[]> All => FormsLongestFirst;

    /// <summary>
    /// How many words at the end of <paramref name="words"/> are one legal form, or 0. Never the whole name:
    /// a company called "Limited" keeps its name.
    /// </summary>
    public static int TrailingFormLength(IReadOnlyList<string> words, int count)
    {
        foreach (string[] form in FormsLongestFirst)
        {
            if (form.Length >= count)
            {
                continue;
            }

            bool matches = true;
            for (int i = 0; i < form.Length && matches; i++)
            {
                matches = words[count - form.Length + i] == form[i];
            }

            if (matches)
            {
                return form.Length;
            }
        }

        return DottedFormLength(words, count);
    }

    /// <summary>"S.A.", "L.L.C.", "N.V.": single letters at the end that spell a one-word form.</summary>
    private static int DottedFormLength(IReadOnlyList<string> words, int count)
    {
        int letters = 0;
        while (letters < count - 1 && words[count - 1 - letters].Length == 1)
        {
            letters++;
        }

        for (int take = letters; take >= 2; take--)
        {
            string spelled = string.Concat(Enumerable.Range(count - take, take).Select(i => words[i]));
            if (FormsLongestFirst.Any(form => form.Length == 1 && form[0] == spelled))
            {
                return take;
            }
        }

        return 0;
    }
}
