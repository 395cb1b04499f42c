using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Hosting;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>
/// The running SDK's targeting pack, so tests need no download (a NuGet feed need not serve every
/// reference pack version, and the SDK always has its own).
/// </summary>
internal static class NetReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Lazy = new(Load);

    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static IReadOnlyList<MetadataReference> All => Lazy.Value;

    private static IReadOnlyList<MetadataReference> Load() =>
        Directory.GetFiles(ReferencePacks.RefFolder(), "*.dll")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToArray();
}
