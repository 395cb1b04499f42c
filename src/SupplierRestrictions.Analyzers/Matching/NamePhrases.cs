using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// The word sequences a weighed name is indexed by: the words between its legal forms (<see cref="NameReading"/>)
/// as text words ("S3", "AeroDefense" → s3 aerodefense) and as code words (s 3 aero defense), also without
/// apostrophes ("People's" → peoples) and in the German ae/oe/ue spelling ("Müller" → mueller), so the name
/// matches both how it is written in prose and how it is written in identifiers. An acronym is indexed by itself,
/// without small words ("THE BNC" → bnc).
/// </summary>
internal sealed class NamePhrases
{
    private NamePhrases(IReadOnlyList<string[]> core, IReadOnlyList<string[]> withSmallWords)
    {
        Core = core;
        WithSmallWords = withSmallWords;
    }

    /// <summary>The name without its legal form, in each distinct spelling; the first is its text words.</summary>
    public IReadOnlyList<string[]> Core { get; }

    /// <summary>An acronym's name with the small words around it ("AL WAFA" → al wafa), when it has any; else empty.</summary>
    public IReadOnlyList<string[]> WithSmallWords { get; }

    public static NamePhrases Of(string name) => Of(NameWeighing.Weigh(name, NameMatchMode.Auto));

    public static NamePhrases Of(NameWeight weight)
    {
        var core = new List<string[]>();
        var withSmallWords = new List<string[]>();
        string name = weight.Name;
        Add(core, weight.Reading, weight.Kind);
        if (weight.Kind == NameWeightKind.Acronym)
        {
            Add(withSmallWords, weight.Reading, NameWeightKind.Strong);
            withSmallWords.RemoveAll(words => words.Length == 1);
        }


        // "People's Liberation Army" is also PeoplesLiberationArmy.
        string withoutApostrophes = name.Replace("'", string.Empty).Replace("\u2019", string.Empty);
        if (withoutApostrophes != name)
        {
            Add(core, NameReading.Read(withoutApostrophes, weight.Reading.PrefersName), weight.Kind);
        }

        // "Müller" is also written Mueller.
        if (GermanSpelling.Alternative(name) is { } german)
        {
            Add(core, NameReading.Read(german, weight.Reading.PrefersName), weight.Kind);
        }

        return new NamePhrases(core, withSmallWords);
    }

    private static void Add(List<string[]> core, NameReading reading, NameWeightKind kind)
    {
        var indexes = Enumerable.Range(reading.First, reading.End - reading.First);
        if (kind == NameWeightKind.Acronym && indexes.Any(i => !NameWeighing.IsSmallWord(reading.Words[i])))
        {
            indexes = indexes.Where(i => !NameWeighing.IsSmallWord(reading.Words[i]));
        }

        var textWords = indexes.Select(i => reading.Words[i]).ToArray();
        var codeWords = new List<string>();
        foreach (int i in indexes)
        {
            string chunk = reading.Written(i);
            var codeCursor = new WordCursor(chunk, identifierMode: true);
            while (codeCursor.MoveNext(out int start, out int length))
            {
                codeWords.Add(WordTable.FoldWord(chunk, start, length));
            }
        }

        foreach (var words in new[] { textWords, codeWords.ToArray() })
        {
            if (words.Length > 0 && !core.Any(existing => existing.SequenceEqual(words)))
            {
                core.Add(words);
            }
        }
    }
}
