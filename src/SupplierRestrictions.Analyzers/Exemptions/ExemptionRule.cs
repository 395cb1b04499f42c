using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Exemptions;

/// <summary>An exemption with its globs anchored at its list file's folder and its entry ids resolved.</summary>
public sealed class ExemptionRule
{
    private readonly IReadOnlyList<PathGlob> _globs;

    internal ExemptionRule(int index, Exemption exemption, int fileIndex, string listDirectory, IReadOnlyList<int> entryIndices)
    {
        Index = index;
        Exemption = exemption;
        FileIndex = fileIndex;
        EntryIndices = entryIndices;
        _globs = exemption.Paths.Select(p => PathGlob.Create(listDirectory, p)).ToArray();
    }

    /// <summary>Position among all exemptions of the compilation (for tracking which were used).</summary>
    public int Index { get; }

    public Exemption Exemption { get; }

    public int FileIndex { get; }

    public IReadOnlyList<int> EntryIndices { get; }

    public bool CoversFile(string? path) => _globs.Count == 0 || (path is not null && _globs.Any(g => g.IsMatch(path)));
}
