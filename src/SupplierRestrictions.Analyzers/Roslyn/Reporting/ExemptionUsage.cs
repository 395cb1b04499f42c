using System.Collections.Generic;
using System.Threading;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Restrictions;

namespace SupplierRestrictions.Analyzers.Roslyn.Reporting;

/// <summary>
/// What the references of one compilation did with each exemption, for SR0007: whether it exempted one today,
/// whether one will need it before it ends (its entry comes into force while it applies), and which of its
/// entries a file it covers refers to at all. Written from concurrent actions, read at compilation end.
/// </summary>
internal sealed class ExemptionUsage
{
    private readonly Day _date;
    private readonly int[] _used;
    private readonly int[] _neededLater;

    /// <summary>Per exemption, per position in its <see cref="ResolvedExemption.EntryIndices"/>.</summary>
    private readonly int[][] _referenced;

    /// <summary>
    /// Per exemption and entry position: whether the entry comes into force while the exemption applies (0 not yet
    /// computed, 1 yes, 2 no). The answer depends only on the list and the date, so it is computed once, not per reference.
    /// </summary>
    private readonly int[][] _comesIntoForce;

    public ExemptionUsage(CompiledRestrictions restrictions, Day date)
    {
        _date = date;
        int count = restrictions.Exemptions.Count;
        _used = new int[count];
        _neededLater = new int[count];
        _referenced = new int[count][];
        _comesIntoForce = new int[count][];
        foreach (var rule in restrictions.Exemptions)
        {
            _referenced[rule.Resolved.Index] = new int[rule.Resolved.EntryIndices.Count];
            _comesIntoForce[rule.Resolved.Index] = new int[rule.Resolved.EntryIndices.Count];
        }
    }

    public bool WasUsed(ExemptionRule rule) => Volatile.Read(ref _used[rule.Resolved.Index]) != 0;

    public bool IsNeededLater(ExemptionRule rule) => Volatile.Read(ref _neededLater[rule.Resolved.Index]) != 0;

    public bool IsReferenced(ExemptionRule rule, int entryIndex)
    {
        int position = Position(rule, entryIndex);
        return position >= 0 && Volatile.Read(ref _referenced[rule.Resolved.Index][position]) != 0;
    }

    public void MarkUsed(ExemptionRule rule) => Set(ref _used[rule.Resolved.Index]);

    /// <summary>
    /// A reference to the entry in a place the exemptions cover (the file's, or the project's for an assembly).
    /// When the entry is not in force today, an exemption under which it comes into force before the exemption
    /// ends is needed: today the reference gets SR1003 or nothing, on that day it would fail the build.
    /// </summary>
    public void NoteReference(RestrictionEntry entry, int entryIndex, RestrictionStatus status, IReadOnlyList<ExemptionRule> notEnded)
    {
        foreach (var rule in notEnded)
        {
            int position = Position(rule, entryIndex);
            Set(ref _referenced[rule.Resolved.Index][position]);
            if (status.State != RestrictionState.InForce && !IsNeededLater(rule) && ComesIntoForce(rule, position, entry))
            {
                Set(ref _neededLater[rule.Resolved.Index]);
            }
        }
    }

    private bool ComesIntoForce(ExemptionRule rule, int position, RestrictionEntry entry)
    {
        ref int known = ref _comesIntoForce[rule.Resolved.Index][position];
        int value = Volatile.Read(ref known);
        if (value == 0)
        {
            // Two threads may both compute it; they get the same answer.
            value = ExemptionSchedule.FirstExemptedDay(rule.Exemption, entry, _date) is null ? 2 : 1;
            Volatile.Write(ref known, value);
        }

        return value == 1;
    }

    private static int Position(ExemptionRule rule, int entryIndex)
    {
        var indices = rule.Resolved.EntryIndices;
        for (int i = 0; i < indices.Count; i++)
        {
            if (indices[i] == entryIndex)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads before writing: the same flag is set by every reference, and a write would contend for the cache line.</summary>
    private static void Set(ref int flag)
    {
        if (Volatile.Read(ref flag) == 0)
        {
            Interlocked.Exchange(ref flag, 1);
        }
    }
}
