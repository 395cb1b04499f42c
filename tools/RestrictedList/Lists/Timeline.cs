using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Lists;

/// <summary>One day on which something changes for an entry: its status, or an exemption covering it begins or ends.</summary>
public sealed record StatusChange(Day Day, RestrictionEntry Entry, string Change, string Effect, Tone Tone);

/// <summary>
/// When entries change status, computed from the analyzer's own <see cref="RestrictionEntry.StatusOn"/>: a day is a
/// change when the status on it differs from the status the day before.
/// </summary>
public static class Timeline
{
    public static string Describe(RestrictionStatus status) => status.State switch
    {
        RestrictionState.InForce => "in force",
        RestrictionState.Suspended => $"suspended until {status.SuspendedUntil}",
        RestrictionState.NotYetListed => "not yet listed",
        _ => "removed",
    };

    public static Tone ToneOf(RestrictionStatus status) => status.State switch
    {
        RestrictionState.InForce => Tone.Bad,
        RestrictionState.Suspended => Tone.Warn,
        RestrictionState.NotYetListed => Tone.Info,
        _ => Tone.Muted,
    };

    public static bool Same(RestrictionStatus a, RestrictionStatus b) => a.State == b.State && a.SuspendedUntil == b.SuspendedUntil;

    /// <summary>The days on which the entry's status can change (the analyzer's own <see cref="RestrictionStatus.ChangeDays"/>).</summary>
    public static IEnumerable<Day> Boundaries(RestrictionEntry entry) => RestrictionStatus.ChangeDays(entry);

    /// <summary>The first day after <paramref name="day"/> on which the status differs, with that status; null when it never changes again.</summary>
    public static (Day Day, RestrictionStatus Status)? NextChange(RestrictionEntry entry, Day day)
    {
        var now = entry.StatusOn(day);
        foreach (var boundary in Boundaries(entry))
        {
            if (boundary > day)
            {
                var then = entry.StatusOn(boundary);
                if (!Same(now, then))
                {
                    return (boundary, then);
                }
            }
        }

        return null;
    }

    /// <summary>Every status change and exemption start or end from <paramref name="from"/> to <paramref name="to"/> (both included), in date order.</summary>
    public static IReadOnlyList<StatusChange> Changes(LoadedLists lists, Day from, Day to)
    {
        var entries = lists.List.Entries;
        var exemptions = lists.Exemptions.ToArray();
        var byId = entries.Select((e, i) => (e, i)).ToDictionary(p => p.e.Id, p => p.i, System.StringComparer.Ordinal);
        var changes = new List<(Day Day, int Entry, int Order, StatusChange Change)>();

        for (int index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            foreach (var day in Boundaries(entry))
            {
                if (day < from || day > to)
                {
                    continue;
                }

                var before = entry.StatusOn(day.AddDays(-1));
                var after = entry.StatusOn(day);
                if (Same(before, after))
                {
                    continue;
                }

                string change = $"{Describe(before)} -> {Describe(after)}";
                var (effect, tone) = after.State == RestrictionState.InForce
                    ? InForceEffect(entry, day, exemptions)
                    : before.State == RestrictionState.InForce
                        ? ("stops being reported", Tone.Good)
                        : ("no effect on builds", Tone.Muted);
                changes.Add((day, index, 0, new StatusChange(day, entry, change, effect, tone)));
            }
        }

        foreach (var exemption in exemptions)
        {
            foreach (string id in exemption.EntryIds)
            {
                if (!byId.TryGetValue(id, out int index))
                {
                    continue;
                }

                var entry = entries[index];
                if (exemption.From is { } start && from <= start && start <= to)
                {
                    var status = entry.StatusOn(start);
                    string effect = status.State == RestrictionState.InForce ? $"not reported{Where(exemption)} until {exemption.Until}" : $"entry is {Describe(status)}";
                    changes.Add((start, index, 1, new StatusChange(start, entry, $"exemption '{exemption.DisplayName}' begins", effect, Tone.Good)));
                }

                var end = exemption.Until.AddDays(1);
                if (from <= end && end <= to)
                {
                    var status = entry.StatusOn(end);
                    var (effect, tone) = status.State == RestrictionState.InForce
                        ? ($"starts failing builds again{Where(exemption)} ({RuleId(entry)})", Tone.Bad)
                        : ($"entry is {Describe(status)}", Tone.Muted);
                    changes.Add((end, index, 1, new StatusChange(end, entry, $"exemption '{exemption.DisplayName}' ends", effect, tone)));
                }
            }
        }

        return changes.OrderBy(c => c.Day).ThenBy(c => c.Entry).ThenBy(c => c.Order).Select(c => c.Change).ToArray();
    }

    public static string RuleId(RestrictionEntry entry) => entry.Kind == EntryKind.Vendor ? DiagnosticIds.RestrictedVendor : DiagnosticIds.RestrictedMaterial;

    /// <summary>The exemption that applies to the entry on the day (ending last), if any, whatever its paths.</summary>
    public static Exemption? Applying(IEnumerable<Exemption> exemptions, RestrictionEntry entry, Day day) =>
        ExemptionChoice.Applying(exemptions.Where(x => x.EntryIds.Contains(entry.Id)), day);

    private static (string Effect, Tone Tone) InForceEffect(RestrictionEntry entry, Day day, IReadOnlyList<Exemption> exemptions)
    {
        string effect = $"starts failing builds ({RuleId(entry)})";
        if (Applying(exemptions, entry, day) is { } exemption)
        {
            return (exemption.Paths.Count == 0
                ? $"exempted by '{exemption.DisplayName}' until {exemption.Until}"
                : $"{effect}, except{Where(exemption)} until {exemption.Until}", Tone.Warn);
        }

        return (effect, Tone.Bad);
    }

    private static string Where(Exemption exemption) => exemption.Paths.Count == 0 ? string.Empty : $" in {string.Join(", ", exemption.Paths)}";
}
