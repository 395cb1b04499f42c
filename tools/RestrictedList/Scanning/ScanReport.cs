using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>What one scan found, with the entries its findings name: the input of every report format.</summary>
internal sealed record ScanReport(Day Date, int FilesScanned, IReadOnlyList<string> Lists, IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, RestrictionEntry> Entries)
{
    public IEnumerable<IGrouping<string, Finding>> ByEntry =>
        Findings.Where(f => f.EntryId is not null).GroupBy(f => f.EntryId!).OrderBy(g => g.Key, StringComparer.Ordinal);

    public IEnumerable<Finding> Other => Findings.Where(f => f.EntryId is null);

    /// <summary>One line: findings per rule, entries and files, and whether the scan fails.</summary>
    public string Summary()
    {
        if (Findings.Count == 0)
        {
            return $"No findings in {Words.Plural(FilesScanned, "file")} on {Date}.";
        }

        var byRule = Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        int entries = Findings.Where(f => f.EntryId is not null).Select(f => f.EntryId).Distinct().Count();
        int files = Findings.Where(f => f.FullPath is not null).Select(f => f.FullPath).Distinct().Count();
        string verdict = Findings.Any(f => f.Fails) ? "fails" : "passes";
        return $"{Words.Plural(Findings.Count, "finding")} ({string.Join(", ", byRule)}) for {Words.Plural(entries, "entry", "entries")} in {Words.Plural(files, "file")} on {Date}: {verdict}.";
    }
}
