using System;
using System.Collections.Generic;
using System.Linq;

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
    }

    /// <summary>The files, in ordinal path order.</summary>
    public IReadOnlyList<ListSource> Files { get; }

    /// <summary>Distinct by id; an entry's index here is what the matcher returns.</summary>
    public IReadOnlyList<RestrictionEntry> Entries { get; }

    /// <summary>For each entry, the index in <see cref="Files"/> of the file it came from.</summary>
    public IReadOnlyList<int> EntryFiles { get; }

    public IReadOnlyList<DuplicateEntry> Duplicates { get; }

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
