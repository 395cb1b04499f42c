using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Exemptions;

/// <summary>A resolved exemption with its globs anchored at its list file's folder, ready to test source paths.</summary>
public sealed class ExemptionRule
{
    private readonly IReadOnlyList<PathGlob> _globs;

    internal ExemptionRule(ResolvedExemption resolved, string listDirectory)
    {
        Index = resolved.Index;
        Exemption = resolved.Exemption;
        FileIndex = resolved.FileIndex;
        EntryIndices = resolved.EntryIndices;
        _globs = Exemption.Paths.Select(p => PathGlob.Create(listDirectory, p)).ToArray();
    }

    /// <summary>Position among all exemptions of the compilation (for tracking which were used).</summary>
    public int Index { get; }

    public Exemption Exemption { get; }

    public int FileIndex { get; }

    public IReadOnlyList<int> EntryIndices { get; }

    public bool CoversFile(string? path) => _globs.Count == 0 || (path is not null && _globs.Any(g => g.IsMatch(path)));
}
