using System.Collections.Generic;
using System.Linq;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// The word sequences a name stands for. Legal forms are dropped from the end (also dotted ones, "S.A.", and an
/// "&amp;" before them, "&amp; Co.") and from the start ("OOO", "PT"); the rest is kept as text words ("S3", "AeroDefense" → s3 aerodefense) and as
/// code words (s 3 aero defense), and without apostrophes ("People's" → peoples), so the name matches both how
/// it is written in prose and how it is written in identifiers.
/// </summary>
internal sealed class NamePhrases
{
    private NamePhrases(IReadOnlyList<string[]> core) => Core = core;

    /// <summary>The name without its legal form, in each distinct spelling; the first is its text words.</summary>
    public IReadOnlyList<string[]> Core { get; }

    /// <summary>One or two words, all ordinary: "cubic", "source intelligence", "group w".</summary>
    public bool IsOrdinary => Core[0].Length <= 2 && Core[0].All(OrdinaryWords.IsOrdinary);

    public static NamePhrases Of(string name)
    {
        var core = new List<string[]>();
        Add(core, name);

        // "People's Liberation Army" is also PeoplesLiberationArmy.
        string withoutApostrophes = name.Replace("'", string.Empty).Replace("\u2019", string.Empty);
        if (withoutApostrophes != name)
        {
            Add(core, withoutApostrophes);
        }

        // "Müller" is also written Mueller.
        if (GermanSpelling.Alternative(name) is { } german)
        {
            Add(core, german);
        }

        return new NamePhrases(core);
    }

    private static void Add(List<string[]> core, string name)
    {
        var chunks = new List<(int Start, int Length)>();
        var folded = new List<string>();
        var cursor = new WordCursor(name, identifierMode: false);
        while (cursor.MoveNext(out int start, out int length))
        {
            chunks.Add((start, length));
            folded.Add(WordTable.FoldWord(name, start, length));
        }

        int count = folded.Count;
        int formLength;
        while ((formLength = LegalForms.TrailingFormLength(folded, count)) > 0)
        {
            count -= formLength;

            // "Goldman Sachs & Co. LLC": the "&" before a dropped form belongs to the form.
            while (count > 1 && folded[count - 1] == "and")
            {
                count--;
            }
        }

        // "OOO Severtrans", "PT Maju Jaya": some forms lead the name.
        int first = LegalForms.LeadingFormLength(folded, count);
        var textWords = folded.Skip(first).Take(count - first).ToArray();
        var codeWords = new List<string>();
        for (int i = first; i < count; i++)
        {
            string chunk = name.Substring(chunks[i].Start, chunks[i].Length);
            var codeCursor = new WordCursor(chunk, identifierMode: true);
            while (codeCursor.MoveNext(out int start, out int length))
            {
                codeWords.Add(WordTable.FoldWord(chunk, start, length));
            }
        }

        foreach (var words in new[] { textWords, codeWords.ToArray() })
        {
            if (!core.Any(existing => existing.SequenceEqual(words)))
            {
                core.Add(words);
            }
        }
    }
}
