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
        Resolved = resolved;
        _globs = Exemption.Paths.Select(p => PathGlob.Create(listDirectory, p)).ToArray();
    }

    /// <summary>The exemption with its entries resolved; its index among all exemptions tracks which were used.</summary>
    public ResolvedExemption Resolved { get; }

    public Exemption Exemption => Resolved.Exemption;

    public bool CoversFile(string? path) => _globs.Count == 0 || (path is not null && _globs.Any(g => g.IsMatch(path)));
}
