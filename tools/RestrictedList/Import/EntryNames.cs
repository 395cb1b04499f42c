using System;
using System.Collections.Generic;
using System.Linq;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>
/// The name and aliases of one imported entry, cleaned the way real screening lists need: several names in one value
/// ("A; B") are split, an acronym in parentheses becomes an alias of its own, quotation marks around words are dropped,
/// and aliases the matcher would read as the same words as the name or an earlier alias are left out.
/// </summary>
internal static class EntryNames
{
    /// <summary>
    /// The first usable name becomes the name, every other name and alias an alias, in the order read; null when no
    /// name is usable. What was changed is added to <paramref name="cleaning"/>, only for an entry that is made.
    /// </summary>
    public static (string Name, List<string> Aliases)? Clean(IEnumerable<string?> names, IEnumerable<string?> aliases, NameCleaning cleaning)
    {
        var counted = new NameCleaning();
        var fromNames = names.SelectMany(value => Pieces(value, counted)).ToList();
        if (fromNames.Count == 0)
        {
            return null;
        }

        string name = fromNames[0];

        var seen = new HashSet<string>(StringComparer.Ordinal) { MatcherWords.Key(name) };
        var kept = new List<string>();
        foreach (string alias in fromNames.Skip(1).Concat(aliases.SelectMany(value => Pieces(value, counted))))
        {
            if (seen.Add(MatcherWords.Key(alias)))
            {
                kept.Add(alias);
            }
            else
            {
                counted.DuplicateAliases++;
            }
        }

        cleaning.Add(counted);
        return (name, kept);
    }

    /// <summary>The usable names one value holds: split at ';', without quotes, the acronym after its name.</summary>
    private static IEnumerable<string> Pieces(string? value, NameCleaning counted)
    {
        string? text = ImportText.Clean(value);
        if (text is null)
        {
            yield break;
        }

        var parts = text.Split(';').Select(p => p.Trim()).Where(ImportText.IsUsableName).ToArray();
        if (parts.Length > 1)
        {
            counted.SplitAtSemicolon++;
        }

        foreach (string part in parts)
        {
            string cleaned = Quotes.Drop(part);
            bool quotesDropped = cleaned != part;
            string? acronym = null;
            if (ParenthesisedAcronym.Split(cleaned) is { } split)
            {
                counted.AcronymsMoved++;
                acronym = split.Acronym;

                // "\"BUTEMBO AIRLINES\" (BAL)": the quotes enclose the name only once the acronym is gone.
                cleaned = Quotes.Drop(split.Name);
                quotesDropped |= cleaned != split.Name;
            }

            if (quotesDropped)
            {
                counted.QuotesDropped++;
            }

            yield return cleaned;
            if (acronym is not null)
            {
                yield return acronym;
            }
        }
    }
}
