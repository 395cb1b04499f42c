using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>The distinct entries one identifier or literal refers to. Allocates only when something matched.</summary>
public struct MatchSet
{
    private List<int>? _entries;

    public int Count => _entries?.Count ?? 0;

    public int this[int index] => _entries![index];

    public void Add(int entryIndex)
    {
        _entries ??= new List<int>(2);
        if (!_entries.Contains(entryIndex))
        {
            _entries.Add(entryIndex);
        }
    }

    public void Clear() => _entries?.Clear();
}
