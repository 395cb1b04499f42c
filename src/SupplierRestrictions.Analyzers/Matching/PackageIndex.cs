using System;
using System.Collections.Generic;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Entries by <c>packages</c> pattern (SR1006): exact ids in one hash set, prefixes (<c>Skydio.*</c>) in another,
/// probed at each length of the package id, so a lookup costs the id's length, not the list's size.
/// </summary>
public sealed class PackageIndex
{
    private readonly Dictionary<string, List<int>> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _prefixes = new(StringComparer.OrdinalIgnoreCase);
    private int _longestPrefix;

    private PackageIndex()
    {
    }

    public bool IsEmpty => _exact.Count == 0 && _prefixes.Count == 0;

    public static PackageIndex Build(IReadOnlyList<RestrictionEntry> entries)
    {
        var index = new PackageIndex();
        for (int entry = 0; entry < entries.Count; entry++)
        {
            foreach (string raw in entries[entry].Packages)
            {
                string pattern = raw.Trim();
                if (PackageIdPattern.IsPrefix(pattern))
                {
                    string stem = PackageIdPattern.Stem(pattern);
                    Add(index._prefixes, stem, entry);
                    index._longestPrefix = Math.Max(index._longestPrefix, stem.Length);
                }
                else
                {
                    Add(index._exact, pattern, entry);
                }
            }
        }

        return index;
    }

    /// <summary>The entries whose patterns match the package id, in entry order.</summary>
    public IReadOnlyList<int> Lookup(string packageId)
    {
        var found = new SortedSet<int>();
        if (_exact.TryGetValue(packageId, out var exact))
        {
            found.UnionWith(exact);
        }

        // A prefix matches a longer id only: "Skydio.*" is not "Skydio.".
        for (int length = 1; length < packageId.Length && length <= _longestPrefix; length++)
        {
            if (_prefixes.TryGetValue(packageId.Substring(0, length), out var prefixed))
            {
                found.UnionWith(prefixed);
            }
        }

        return new List<int>(found);
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<int>(1);
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }
}
