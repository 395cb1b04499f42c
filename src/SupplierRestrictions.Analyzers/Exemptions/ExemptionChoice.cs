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
    public static Exemption? Applying(IEnumerable<Exemption> exemptions, Day day)
    {
        Exemption? chosen = null;
        foreach (var exemption in exemptions)
        {
            if (exemption.AppliesOn(day) && Replaces(exemption, chosen))
            {
                chosen = exemption;
            }
        }

        return chosen;
    }
}
