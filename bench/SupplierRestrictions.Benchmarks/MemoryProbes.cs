using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// What the analyzer keeps in memory for a list: everything its caches hold between compilations — the parsed
/// list file (<c>ParsedListCache</c>) and what <c>CompiledRestrictions</c> builds from it (the merged list, the
/// reference matcher, the symbol and assembly indexes). Measured as the growth of the live heap
/// (<see cref="GC.GetTotalMemory(bool)"/> with full collections) across building them while holding every piece,
/// the list text itself allocated beforehand (the compiler holds that, not the analyzer).
/// </summary>
internal static class MemoryProbes
{
    public sealed record RetainedRow(string List, int Entries, long RetainedBytes, long AllocatedBytes);

    public static IReadOnlyList<RetainedRow> Retained(IEnumerable<(string List, string Text)> lists)
    {
        var rows = new List<RetainedRow>();
        foreach (var (list, text) in lists)
        {
            // Once to JIT everything and fill the runtime's own caches, then measured.
            Warm(text);
            rows.Add(Measure(list, text));
        }

        return rows;
    }

    // Each in its own frame: an unoptimized (tier-0) frame keeps its locals alive until it returns, which would
    // count the previous list as freed memory.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Warm(string text) => GC.KeepAlive(Hold(text));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RetainedRow Measure(string list, string text)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var held = Hold(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(held);
        return new RetainedRow(list, held.List.Entries.Count, after - before, allocated);
    }

    private static Held Hold(string text)
    {
        var parsed = ParsedListFile.Parse(text);
        var list = RestrictionList.Merge(new[] { new ListSource("/bench/restricted-list.json", parsed) });
        return new Held(parsed, list, ReferenceMatcher.Build(list.Entries), QualifiedNameIndex.ForSymbols(list.Entries), QualifiedNameIndex.ForAssemblies(list.Entries));
    }

    private sealed record Held(ParsedListFile Parsed, RestrictionList List, ReferenceMatcher Matcher, QualifiedNameIndex Symbols, QualifiedNameIndex Assemblies);
}
