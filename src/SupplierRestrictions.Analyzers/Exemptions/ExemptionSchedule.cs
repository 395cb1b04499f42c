using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Exemptions;

/// <summary>
/// When an exemption has something to exempt: a day it applies on which an entry it covers is in force. An entry
/// that is suspended or not yet listed today may come into force before the exemption ends; the exemption is then
/// needed, though it exempts nothing today (docs/contract.md §7).
/// </summary>
public static class ExemptionSchedule
{
    /// <summary>
    /// The first day from <paramref name="from"/> on which <paramref name="exemption"/> applies and
    /// <paramref name="entry"/> is in force, or null when there is none before the exemption ends.
    /// </summary>
    public static Day? FirstExemptedDay(Exemption exemption, RestrictionEntry entry, Day from)
    {
        var start = exemption.From is { } first && from < first ? first : from;
        if (start > exemption.Until)
        {
            return null;
        }

        if (entry.StatusOn(start).State == RestrictionState.InForce)
        {
            return start;
        }

        foreach (var day in RestrictionStatus.ChangeDays(entry))
        {
            if (day > exemption.Until)
            {
                break;
            }

            if (day > start && entry.StatusOn(day).State == RestrictionState.InForce)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="entry"/> gives <paramref name="exemption"/> nothing to exempt from <paramref name="from"/>
    /// to its end (when <see cref="FirstExemptedDay"/> is null), as a clause naming the entry.
    /// </summary>
    public static string WhyNotInForce(Exemption exemption, RestrictionEntry entry, Day from)
    {
        var status = entry.StatusOn(from);
        if (status.State == RestrictionState.Removed)
        {
            return $"{entry.Id} was removed on {entry.Removed}";
        }

        if (entry.Removed is { } removed && removed <= exemption.Until)
        {
            return $"{entry.Id} is removed on {removed} without being in force before";
        }

        if (status.State == RestrictionState.Suspended && status.SuspendedUntil!.Value >= exemption.Until)
        {
            return $"{entry.Id} stays suspended until {status.SuspendedUntil} and the exemption ends on {exemption.Until}";
        }

        if (status.State == RestrictionState.NotYetListed && entry.Listed is { } listed && listed > exemption.Until)
        {
            return $"{entry.Id} is listed only from {listed}, after the exemption ends on {exemption.Until}";
        }

        return $"{entry.Id} is not in force on any day the exemption applies";
    }
}
