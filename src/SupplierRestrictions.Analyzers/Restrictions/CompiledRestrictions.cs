using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Analyzers.Restrictions;

/// <summary>
/// The merged list of a compilation with its matcher and exemptions: everything that depends on the list
/// texts and nothing that depends on the date. Built once and reused by every compilation that has the same
/// list files, so typing in the IDE never rebuilds the index.
/// </summary>
internal sealed class CompiledRestrictions
{
    private static readonly ConditionalWeakTable<ParsedListFile, CompiledRestrictions> Cache = new();
    private static readonly object CacheLock = new();

    private CompiledRestrictions(RestrictionList list)
    {
        List = list;
        Matcher = ReferenceMatcher.Build(list.Entries);
        Symbols = QualifiedNameIndex.ForSymbols(list.Entries);
        Assemblies = QualifiedNameIndex.ForAssemblies(list.Entries);
        Packages = PackageIndex.Build(list.Entries);
        Exemptions = list.Exemptions.Select(e => new ExemptionRule(e, PathGlob.DirectoryOf(list.Files[e.FileIndex].Path))).ToArray();
    }

    public RestrictionList List { get; }

    public ReferenceMatcher Matcher { get; }

    /// <summary>Entries by namespace or type full name (<c>symbols</c>); empty for most lists, and then no binding is done.</summary>
    public QualifiedNameIndex Symbols { get; }

    /// <summary>Entries by assembly name (<c>assemblies</c>, SR1004).</summary>
    public QualifiedNameIndex Assemblies { get; }

    /// <summary>Entries by NuGet package id pattern (<c>packages</c>, SR1006).</summary>
    public PackageIndex Packages { get; }

    public IReadOnlyList<ExemptionRule> Exemptions { get; }

    public static CompiledRestrictions Get(IReadOnlyList<ListSource> sources)
    {
        var ordered = sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
        var key = ordered[0].Parsed;
        lock (CacheLock)
        {
            if (Cache.TryGetValue(key, out var cached) && cached.HasSources(ordered))
            {
                return cached;
            }
        }

        var built = new CompiledRestrictions(RestrictionList.Merge(ordered));
        lock (CacheLock)
        {
            Cache.Remove(key);
            Cache.Add(key, built);
        }

        return built;
    }

    private bool HasSources(ListSource[] ordered) =>
        List.Files.Count == ordered.Length
        && List.Files.Zip(ordered, (a, b) => a.Path == b.Path && ReferenceEquals(a.Parsed, b.Parsed)).All(same => same);
}
