using System;
using System.Collections.Generic;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Exemptions;

/// <summary>
/// Of several exemptions covering one entry, the one that counts is the one ending last (the first in list order
/// on a tie): it decides until when a reference stays exempted and which exemption a message names.
/// </summary>
public static class ExemptionChoice
{
    /// <summary>Whether <paramref name="candidate"/> takes the place of <paramref name="current"/>: it ends later.</summary>
    public static bool Replaces(Exemption candidate, Exemption? current) => current is null || current.Until < candidate.Until;

    /// <summary>
    /// The exemption among <paramref name="exemptions"/> (all covering the same entry) that applies on
    /// <paramref name="day"/> and ends last, or null. Paths are not looked at: the caller chose the exemptions.
    /// </summary>
    public static Exemption? Applying(IEnumerable<Exemption> exemptions, Day day) => Applying(exemptions, e => e, day);

    /// <summary>As <see cref="Applying(IEnumerable{Exemption}, Day)"/>, for things that carry an exemption.</summary>
    public static T? Applying<T>(IEnumerable<T> candidates, Func<T, Exemption> exemptionOf, Day day)
        where T : class
    {
        T? chosen = null;
        foreach (var candidate in candidates)
        {
            var exemption = exemptionOf(candidate);
            if (exemption.AppliesOn(day) && Replaces(exemption, chosen is null ? null : exemptionOf(chosen)))
            {
                chosen = candidate;
            }
        }

        return chosen;
    }
}
