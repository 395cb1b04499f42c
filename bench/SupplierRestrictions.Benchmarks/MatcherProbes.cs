using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// The list reader and the matcher without Roslyn: how long a list takes to parse and index, and what a lookup
/// of a token that matches nothing costs (time and allocated bytes, measured with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>).
/// </summary>
internal static class MatcherProbes
{
    public sealed record LoadingRow(string List, double ParseMs, double IndexMs, double TotalMs, double MinMs, long ParseBytes, long IndexBytes);

    public sealed record LookupRow(string What, int Tokens, long Calls, long AllocatedBytes, double NanosecondsPerCall)
    {
        public double BytesPerCall => (double)AllocatedBytes / Calls;
    }

    public sealed record Results(IReadOnlyList<LoadingRow> Loading, IReadOnlyList<LookupRow> Lookups, double FirstLoadMs, string FirstLoadList);

    /// <summary>One parse + index, timed: called first thing in the process it measures the cold (JIT) cost.</summary>
    public static double FirstLoad(string list)
    {
        long start = Stopwatch.GetTimestamp();
        var parsed = ParsedListFile.Parse(list);
        var matcher = ReferenceMatcher.Build(RestrictionList.Merge(new[] { new ListSource("/bench/restricted-list.json", parsed) }).Entries);
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        GC.KeepAlive(matcher);
        return ms;
    }

    /// <summary>Parse + index each list: one discarded run, then the median of <paramref name="runs"/>.</summary>
    public static IReadOnlyList<LoadingRow> Loading(IReadOnlyDictionary<string, string> lists, int runs, int runsOfLargest)
    {
        var rows = new List<LoadingRow>();
        var order = lists.Keys.OrderBy(k => lists[k].Length);
        foreach (string list in order)
        {
            var parse = new List<double>();
            long parseBytes = 0, indexBytes = 0;
            var index = new List<double>();
            int listRuns = lists[list].Length > 10_000_000 ? runsOfLargest : runs;
            for (int run = 0; run <= listRuns; run++)
            {
                GC.Collect();
                long bytes0 = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                var parsed = ParsedListFile.Parse(lists[list]);
                double parseMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                long bytes1 = GC.GetAllocatedBytesForCurrentThread();
                var merged = RestrictionList.Merge(new[] { new ListSource("/bench/restricted-list.json", parsed) });
                var matcher = ReferenceMatcher.Build(merged.Entries);
                double totalMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                (parseBytes, indexBytes) = (bytes1 - bytes0, GC.GetAllocatedBytesForCurrentThread() - bytes1);
                GC.KeepAlive(matcher);
                if (parsed.Diagnostics.Count > 0)
                {
                    throw new InvalidOperationException($"list {list} has problems: {parsed.Diagnostics[0].Message}");
                }

                if (run == 0)
                {
                    continue;
                }

                parse.Add(parseMs);
                index.Add(totalMs - parseMs);
            }

            rows.Add(new LoadingRow(list, Program.Median(parse), Program.Median(index), Program.Median(parse.Zip(index, (a, b) => a + b).ToList()), parse.Zip(index, (a, b) => a + b).Min(), parseBytes, indexBytes));
        }

        return rows;
    }

    public static IReadOnlyList<LookupRow> Lookups(IReadOnlyDictionary<string, string> lists, Codebase codebase, IEnumerable<string> which)
    {
        var (identifiers, literals) = codebase.TokenTexts();
        var rows = new List<LookupRow>();
        foreach (string list in which)
        {
            var parsed = ParsedListFile.Parse(lists[list]);
            var matcher = ReferenceMatcher.Build(RestrictionList.Merge(new[] { new ListSource("/bench/restricted-list.json", parsed) }).Entries);
            string[] quietIdentifiers = identifiers.Where(id => !Matches(matcher, id, identifier: true)).ToArray();
            string[] quietLiterals = literals.Where(text => !Matches(matcher, text, identifier: false)).ToArray();
            rows.Add(Measure($"MatchIdentifier, {Program.ListDescription(list)}", quietIdentifiers, matcher, identifier: true));
            rows.Add(Measure($"MatchText, {Program.ListDescription(list)}", quietLiterals, matcher, identifier: false));
        }

        return rows;
    }

    private static bool Matches(ReferenceMatcher matcher, string text, bool identifier)
    {
        var matches = default(MatchSet);
        if (identifier)
        {
            matcher.MatchIdentifier(text, ref matches);
        }
        else
        {
            matcher.MatchText(text, ref matches);
        }

        return matches.Count > 0;
    }

    private static LookupRow Measure(string what, string[] texts, ReferenceMatcher matcher, bool identifier)
    {
        int passes = Math.Max(1, 4_000_000 / Math.Max(1, texts.Length));

        // Warm up (JIT, tiering), then measure on this thread only.
        Loop(texts, matcher, identifier, 2);
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        Loop(texts, matcher, identifier, passes);
        long end = Stopwatch.GetTimestamp();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long calls = (long)texts.Length * passes;
        double nanoseconds = (end - start) * 1e9 / Stopwatch.Frequency;
        return new LookupRow(what, texts.Length, calls, allocated, nanoseconds / calls);
    }

    private static void Loop(string[] texts, ReferenceMatcher matcher, bool identifier, int passes)
    {
        var matches = default(MatchSet);
        for (int pass = 0; pass < passes; pass++)
        {
            if (identifier)
            {
                foreach (string text in texts)
                {
                    matcher.MatchIdentifier(text, ref matches);
                }
            }
            else
            {
                foreach (string text in texts)
                {
                    matcher.MatchText(text, ref matches);
                }
            }
        }

        if (matches.Count > 0)
        {
            throw new InvalidOperationException("a token chosen as non-matching matched");
        }
    }
}
