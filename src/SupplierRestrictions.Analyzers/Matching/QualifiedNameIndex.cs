using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Entries by full name of a namespace or type (<c>symbols</c>) or by assembly name (<c>assemblies</c>): one
/// hash lookup answers "is this name listed". The Roslyn side asks once per distinct symbol, never per use.
/// </summary>
public sealed class QualifiedNameIndex
{
    private static readonly int[] NoEntries = new int[0];

    private readonly Dictionary<string, int[]> _entries;

    private QualifiedNameIndex(Dictionary<string, int[]> entries) => _entries = entries;

    public bool IsEmpty => _entries.Count == 0;

    public static QualifiedNameIndex ForSymbols(IReadOnlyList<RestrictionEntry> entries) =>
        Build(entries, e => e.Symbols.Select(Normalize), StringComparer.Ordinal);

    /// <summary>Assembly names compare case-insensitively, as the runtime loads them.</summary>
    public static QualifiedNameIndex ForAssemblies(IReadOnlyList<RestrictionEntry> entries) =>
        Build(entries, e => e.Assemblies.Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);

    public int[] Lookup(string name) => _entries.TryGetValue(name, out int[]? found) ? found : NoEntries;

    /// <summary>"global::Kratos.Uas" and " Kratos.Uas " name the same namespace.</summary>
    private static string Normalize(string name)
    {
        name = name.Trim();
        return name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
    }

    private static QualifiedNameIndex Build(IReadOnlyList<RestrictionEntry> entries, Func<RestrictionEntry, IEnumerable<string>> names, StringComparer comparer)
    {
        var lists = new Dictionary<string, List<int>>(comparer);
        for (int index = 0; index < entries.Count; index++)
        {
            foreach (string name in names(entries[index]))
            {
                if (!lists.TryGetValue(name, out var list))
                {
                    lists[name] = list = new List<int>();
                }

                if (!list.Contains(index))
                {
                    list.Add(index);
                }
            }
        }

        return new QualifiedNameIndex(lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), comparer));
    }
}
