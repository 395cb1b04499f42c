using System.Collections.Generic;
using System.Linq;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Legal-form words dropped from the end of a name (CONTRACT §6), as folded word sequences. Forms in one
/// group are interchangeable when a strict name must be written with its legal form ("Cubic Corp" is
/// "Cubic Corporation").
/// </summary>
internal static class LegalForms
{
    private static readonly string[][] Groups =
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
    private static readonly string[][] FormsLongestFirst = Groups
        .SelectMany(g => g)
        .Select(f => f.Split(' '))
        .OrderByDescending(words => words.Length)
        .ToArray();

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

        return 0;
    }

    /// <summary>The interchangeable spellings of a form given as words ("corp" gives "corp" and "corporation").</summary>
    public static IEnumerable<string[]> Synonyms(IReadOnlyList<string> form)
    {
        string joined = string.Join(" ", form);
        foreach (string[] group in Groups)
        {
            if (group.Contains(joined))
            {
                return group.Select(f => f.Split(' ')).ToArray();
            }
        }

        return new[] { form.ToArray() };
    }
}
