using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Lists;

/// <summary>One weak name or alias of an entry, weighed by the analyzer's own matcher (docs/contract.md §6.3).</summary>
internal sealed record WeakName(int EntryIndex, RestrictionEntry Entry, NameWeight Weight);

/// <summary>
/// The names and aliases the analyzer weighs as weak: matched only with their legal form, as the whole identifier or
/// literal, or in capitals; and those it never matches by name at all, which need a distinctive alias.
/// </summary>
internal static class WeakNames
{
    public static IReadOnlyList<WeakName> Of(IReadOnlyList<RestrictionEntry> entries) =>
        entries
            .SelectMany((entry, index) => NameWeighing.Weigh(entry).Where(weight => weight.IsWeak).Select(weight => new WeakName(index, entry, weight)))
            .ToArray();

    /// <summary>"12 names are weak (3 never match by name)", or that none is.</summary>
    public static string Count(IReadOnlyList<WeakName> weak)
    {
        if (weak.Count == 0)
        {
            return "no name is weak: every name and alias matches by words";
        }

        int never = weak.Count(w => !w.Weight.MatchesByName);
        return $"{Words.Plural(weak.Count, "name or alias is", "names and aliases are")} weak: matched only with a legal form, as a whole identifier or literal, or in capitals"
            + (never > 0 ? $" ({never} never by name: give those entries a distinctive alias)" : string.Empty)
            + "; 'restricted-list status --weak' lists them and why";
    }
}
