using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Import;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// The OFAC SDN list (Consolidated Screening List CSV layout, from the project's shared data) imported with the
/// restricted-list tool's own CSL importer and list writer: the list a user gets from <c>restricted-list import --from csl</c>.
/// </summary>
internal static class SdnList
{
    /// <summary>The CSV beside the repository: <c>../shared/data/real-lists/ofac-sdn.csl.csv</c>.</summary>
    public static string DefaultPath(string repoRoot) => Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "data", "real-lists", "ofac-sdn.csl.csv"));

    /// <summary>The imported list as restricted-list.json text, its entries, and how many records the CSV had.</summary>
    public static (string Json, IReadOnlyList<ImportedEntry> Entries, int Records) Import(string csvPath)
    {
        using var reader = new StreamReader(csvPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var result = CslImporter.Read(reader);
        return (ListWriter.Write(result.Entries), result.Entries, result.Records);
    }

    /// <summary>
    /// Names to plant: the first <paramref name="count"/> entries in force on <paramref name="date"/> whose name is two or more
    /// plain words and that no other list of the run matches (so each plant is found with the SDN list only, once).
    /// </summary>
    public static IReadOnlyList<string> PlantableNames(IReadOnlyList<ImportedEntry> entries, Day date, ListFilter others, int count) => entries
        .Where(e => e.Removed is null && (e.Listed is null || e.Listed.Value <= date))
        .Select(e => e.Name)
        .Where(n => n.Split(' ').Length >= 2 && n.All(c => char.IsAsciiLetter(c) || c == ' ') && !others.MatchesText(n))
        .Take(count)
        .ToList();
}
