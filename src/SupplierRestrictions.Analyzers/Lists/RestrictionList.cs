using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>
/// All list files of a compilation merged in ordinal path order, so the result never depends on the order
/// MSBuild passes them. The first entry with an id wins; later ones are SR0003.
/// </summary>
public sealed class RestrictionList
{
    private RestrictionList(IReadOnlyList<ListSource> files, IReadOnlyList<RestrictionEntry> entries, IReadOnlyList<int> entryFiles, IReadOnlyList<DuplicateEntry> duplicates)
    {
        Files = files;
        Entries = entries;
        EntryFiles = entryFiles;
        Duplicates = duplicates;
        (Exemptions, ExemptionProblems) = ResolveExemptions(files, entries);
    }

    /// <summary>The files, in ordinal path order.</summary>
    public IReadOnlyList<ListSource> Files { get; }

    /// <summary>Distinct by id; an entry's index here is what the matcher returns.</summary>
    public IReadOnlyList<RestrictionEntry> Entries { get; }

    /// <summary>For each entry, the index in <see cref="Files"/> of the file it came from.</summary>
    public IReadOnlyList<int> EntryFiles { get; }

    public IReadOnlyList<DuplicateEntry> Duplicates { get; }

    /// <summary>Every valid exemption of every file, in file order, with its entries resolved.</summary>
    public IReadOnlyList<ResolvedExemption> Exemptions { get; }

    /// <summary>SR0006 for exemption entry ids that no merged file defines.</summary>
    public IReadOnlyList<MergedListProblem> ExemptionProblems { get; }

    public static RestrictionList Merge(IEnumerable<ListSource> files)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var entries = new List<RestrictionEntry>();
        var entryFiles = new List<int>();
        var duplicates = new List<DuplicateEntry>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int fileIndex = 0; fileIndex < ordered.Length; fileIndex++)
        {
            foreach (var entry in ordered[fileIndex].Parsed.Entries)
            {
                if (byId.TryGetValue(entry.Id, out int first))
                {
                    duplicates.Add(new DuplicateEntry(entry, fileIndex, entries[first], entryFiles[first]));
                    continue;
                }

                byId.Add(entry.Id, entries.Count);
                entries.Add(entry);
                entryFiles.Add(fileIndex);
            }
        }

        return new RestrictionList(ordered, entries, entryFiles, duplicates);
    }

    private static (IReadOnlyList<ResolvedExemption>, IReadOnlyList<MergedListProblem>) ResolveExemptions(IReadOnlyList<ListSource> files, IReadOnlyList<RestrictionEntry> entries)
    {
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            indexById[entries[i].Id] = i;
        }

        var resolved = new List<ResolvedExemption>();
        var problems = new List<MergedListProblem>();
        for (int fileIndex = 0; fileIndex < files.Count; fileIndex++)
        {
            foreach (var exemption in files[fileIndex].Parsed.Exemptions)
            {
                var covered = new List<int>();
                for (int i = 0; i < exemption.EntryIds.Count; i++)
                {
                    if (indexById.TryGetValue(exemption.EntryIds[i], out int entryIndex))
                    {
                        covered.Add(entryIndex);
                    }
                    else
                    {
                        problems.Add(new MergedListProblem(fileIndex, new ListDiagnostic(
                            DiagnosticIds.ExemptionInvalid,
                            $"no entry has id \"{exemption.EntryIds[i]}\" in any list file; the exemption cannot cover it",
                            exemption.EntryIdRanges[i])));
                    }
                }

                resolved.Add(new ResolvedExemption(resolved.Count, exemption, fileIndex, covered));
            }
        }

        return (resolved, problems);
    }
}

/// <summary>A list file: where it is and what it holds.</summary>
public sealed class ListSource
{
    public ListSource(string path, ParsedListFile parsed)
    {
        Path = path;
        Parsed = parsed;
    }

    public string Path { get; }

    public ParsedListFile Parsed { get; }
}

/// <summary>A later entry whose id an earlier one (in path order) already has.</summary>
public sealed class DuplicateEntry
{
    public DuplicateEntry(RestrictionEntry duplicate, int fileIndex, RestrictionEntry first, int firstFileIndex)
    {
        Duplicate = duplicate;
        FileIndex = fileIndex;
        First = first;
        FirstFileIndex = firstFileIndex;
    }

    public RestrictionEntry Duplicate { get; }

    public int FileIndex { get; }

    public RestrictionEntry First { get; }

    public int FirstFileIndex { get; }
}
