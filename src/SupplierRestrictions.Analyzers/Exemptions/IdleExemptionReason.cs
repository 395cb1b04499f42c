using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Exemptions;

/// <summary>
/// Why an exemption that applies today exempted nothing and is not needed before it ends, entry by entry: the entry
/// is not in force while the exemption applies (removed, or suspended or unlisted past its end), no file the
/// exemption covers refers to it, or another exemption ending later covers the same references.
/// </summary>
public static class IdleExemptionReason
{
    /// <param name="rule">The idle exemption.</param>
    /// <param name="all">Every exemption of the merged list (to name the one that covers the references instead).</param>
    /// <param name="entries">The merged list's entries.</param>
    /// <param name="date">The evaluation day.</param>
    /// <param name="referenced">Whether a file the exemption covers refers to the entry at this index.</param>
    public static string Describe(ExemptionRule rule, IReadOnlyList<ExemptionRule> all, IReadOnlyList<RestrictionEntry> entries, Day date, Func<int, bool> referenced)
    {
        var exemption = rule.Exemption;
        var clauses = new List<string>();
        var unreferenced = new List<string>();
        foreach (int index in rule.Resolved.EntryIndices.Distinct())
        {
            var entry = entries[index];
            if (ExemptionSchedule.FirstExemptedDay(exemption, entry, date) is null)
            {
                clauses.Add(ExemptionSchedule.WhyNotInForce(exemption, entry, date));
            }
            else if (!referenced(index))
            {
                unreferenced.Add(entry.Id);
            }
            else
            {
                clauses.Add(Replacement(rule, all, index, date) is { } later
                    ? $"{entry.Id} is exempted by '{later.Exemption.DisplayName}' (until {later.Exemption.Until}) instead"
                    : $"{entry.Id} is exempted by another exemption instead");
            }
        }

        if (unreferenced.Count > 0)
        {
            string where = exemption.Paths.Count == 0 ? string.Empty : " in " + string.Join(", ", exemption.Paths);
            clauses.Add($"no file{where} refers to {string.Join(" or ", unreferenced)}");
        }

        return string.Join(", ", clauses);
    }

    /// <summary>An exemption applying today that covers the entry too and wins the choice (see <see cref="ExemptionChoice"/>).</summary>
    private static ExemptionRule? Replacement(ExemptionRule rule, IReadOnlyList<ExemptionRule> all, int entryIndex, Day date)
    {
        ExemptionRule? found = null;
        foreach (var other in all)
        {
            if (other != rule
                && other.Exemption.AppliesOn(date)
                && other.Resolved.EntryIndices.Contains(entryIndex)
                && !ExemptionChoice.Replaces(rule.Exemption, other.Exemption)
                && (found is null || ExemptionChoice.Replaces(other.Exemption, found.Exemption)))
            {
                found = other;
            }
        }

        return found;
    }
}
