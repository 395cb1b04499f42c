using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Weighs names as written (docs/contract.md §6.3): the text words without legal forms at either end and without
/// the small words the, of, and, for, in, de, la, al. Three or more words, or a word that is not common
/// (<see cref="CommonWords"/>), make a name strong; one common word needs its legal form; two common words need
/// the legal form or the whole identifier or literal; one short uncommon word written in capitals is an acronym.
/// "HavocAI" is one uncommon word, however code cuts it. Pure: the same name always weighs the same.
/// </summary>
public static class NameWeighing
{
    /// <summary>The most letters or digits an acronym has ("IRGC").</summary>
    public const int MaxAcronymLength = 4;

    private static readonly HashSet<string> SmallWords = new(System.StringComparer.Ordinal) { "the", "of", "and", "for", "in", "de", "la", "al" };

    /// <summary>Every name and alias of an entry, weighed.</summary>
    public static IReadOnlyList<NameWeight> Weigh(RestrictionEntry entry) =>
        new[] { entry.Name }.Concat(entry.Aliases).Select(name => Weigh(name, entry.Match)).ToArray();

    public static NameWeight Weigh(string name, NameMatchMode mode)
    {
        var weight = Weigh(NameReading.Read(name, prefersName: false), mode);
        if (weight.IsWeak && weight.Reading.Forms.Any(form => form.Words.Length > 1))
        {
            // "GOOD LAND INTERNATIONAL COMPANY": "International Company" is a form, but so is "Company" alone, and
            // "Good Land International" is distinctive. Where the name can be read either way, the stronger reading wins.
            var other = Weigh(NameReading.Read(name, prefersName: true), mode);
            if (other.Kind == NameWeightKind.Strong)
            {
                return other;
            }
        }

        return weight;
    }

    internal static bool IsSmallWord(string foldedWord) => SmallWords.Contains(foldedWord);

    private static NameWeight Weigh(NameReading reading, NameMatchMode mode)
    {
        var between = Enumerable.Range(reading.First, reading.End - reading.First).ToArray();
        var coreIndexes = between.Where(i => !IsSmallWord(reading.Words[i])).ToArray();
        if (coreIndexes.Length == 0)
        {
            coreIndexes = between;
        }

        var core = coreIndexes.Select(i => reading.Words[i]).ToArray();
        // A strict entry's names take any legal form, as the list author asked; a weighed name takes its own.
        var groups = mode == NameMatchMode.Strict ? null : FormRequirement.Of(reading.Forms);
        string quotedCore = "\"" + string.Join(" ", core) + "\"";
        string forms = string.Join(", ", reading.WrittenForms.Select(f => "\"" + f + "\""));

        NameWeight Make(NameWeightKind kind, string reason) => new(reading.Name, kind, reading, core, groups, reason);

        if (mode == NameMatchMode.Words)
        {
            return Make(NameWeightKind.Strong, "the entry says \"match\": \"words\": matched by words anywhere");
        }

        if (mode == NameMatchMode.Strict)
        {
            return Make(NameWeightKind.Strict, "the entry says \"match\": \"strict\": matched only with a legal form or as a whole identifier or literal");
        }

        if (core.Length == 0)
        {
            return Make(NameWeightKind.OneCommonWord, "no letters or digits: never matched by name");
        }

        if (core.Length >= 3)
        {
            return Make(NameWeightKind.Strong, "three or more words: matched by words anywhere");
        }

        int common = core.Count(CommonWords.IsCommon);
        if (core.Length == 2)
        {
            return common == 2
                ? Make(NameWeightKind.TwoCommonWords, $"two common words, {quotedCore}: matched only "
                    + (reading.Forms.Count > 0 ? $"with its legal form ({forms}) or " : string.Empty) + "as a whole identifier or literal")
                : Make(NameWeightKind.Strong, "a word that is not common: matched by words anywhere");
        }

        if (common == 1)
        {
            return Make(NameWeightKind.OneCommonWord, reading.Forms.Count > 0
                ? $"one common word, {quotedCore}: matched only with its legal form ({forms})"
                : $"one common word, {quotedCore}, and no legal form: never matched by name; add a distinctive alias");
        }

        string written = reading.Written(coreIndexes[0]);
        if (IsAcronym(written))
        {
            return Make(NameWeightKind.Acronym, $"a short acronym, \"{written}\": matched only in capitals as a whole word ({written}, {written}Client)"
                + (reading.Forms.Count > 0 ? $", or in any case with its legal form ({forms})" : string.Empty));
        }

        return Make(NameWeightKind.Strong, "a word that is not common: matched by words anywhere");
    }

    /// <summary>At most four letters or digits, with a letter, every letter a capital: "BNC", "IRGC", "M23".</summary>
    private static bool IsAcronym(string written) =>
        written.Length <= MaxAcronymLength
        && written.Any(char.IsLetter)
        && written.All(c => char.IsDigit(c) || (char.IsLetter(c) && char.IsUpper(c)));
}
