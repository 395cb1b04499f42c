using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>What an entry means on one day (docs/contract.md §2).</summary>
public readonly struct RestrictionStatus
{
    private RestrictionStatus(RestrictionState state, Day? since, Day? suspendedUntil, Day? suspensionEnded)
    {
        State = state;
        Since = since;
        SuspendedUntil = suspendedUntil;
        SuspensionEnded = suspensionEnded;
    }

    public RestrictionState State { get; }

    /// <summary>When in force: the listing day (null when the entry has no <c>listed</c>: always listed).</summary>
    public Day? Since { get; }

    /// <summary>When suspended: the last day of the suspension, following suspensions that continue it without a gap.</summary>
    public Day? SuspendedUntil { get; }

    /// <summary>When in force: the last day of the most recent suspension that has lapsed, if any.</summary>
    public Day? SuspensionEnded { get; }

    public static RestrictionStatus Evaluate(RestrictionEntry entry, Day day)
    {
        if (entry.Listed is { } listed && day < listed)
        {
            return new RestrictionStatus(RestrictionState.NotYetListed, null, null, null);
        }

        if (entry.Removed is { } removed && removed <= day)
        {
            return new RestrictionStatus(RestrictionState.Removed, null, null, null);
        }

        Day? lastEnded = null;
        foreach (var suspension in entry.Suspensions)
        {
            if (suspension.From <= day && day <= suspension.Until)
            {
                return new RestrictionStatus(RestrictionState.Suspended, null, ContinuousEnd(entry, suspension.Until), null);
            }

            if (suspension.Until < day && (lastEnded is null || lastEnded.Value < suspension.Until))
            {
                lastEnded = suspension.Until;
            }
        }

        return new RestrictionStatus(RestrictionState.InForce, entry.Listed, null, lastEnded);
    }

    /// <summary>
    /// The days on which the entry's status can change, in date order: between two of them (and before the first,
    /// after the last) the status is the same every day, so looking at these days is looking at every day.
    /// </summary>
    public static IReadOnlyList<Day> ChangeDays(RestrictionEntry entry)
    {
        var days = new SortedSet<Day>();
        if (entry.Listed is { } listed)
        {
            days.Add(listed);
        }

        if (entry.Removed is { } removed)
        {
            days.Add(removed);
        }

        foreach (var suspension in entry.Suspensions)
        {
            days.Add(suspension.From);
            days.Add(suspension.Until.AddDays(1));
        }

        return new List<Day>(days);
    }

    /// <summary>
    /// An extension recorded as a new suspension starting the day after (or overlapping) keeps the restriction
    /// suspended, so the warning window counts to the end of the whole chain, not to the first link.
    /// </summary>
    private static Day ContinuousEnd(RestrictionEntry entry, Day until)
    {
        bool extended = true;
        while (extended)
        {
            extended = false;
            foreach (var next in entry.Suspensions)
            {
                if (next.From <= until.AddDays(1) && next.Until > until)
                {
                    until = next.Until;
                    extended = true;
                }
            }
        }

        return until;
    }
}
