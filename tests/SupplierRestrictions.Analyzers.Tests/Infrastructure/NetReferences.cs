using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

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

    public static string ReferencePackFolder() => ReferencePackFolder("Microsoft.NETCore.App.Ref");

    /// <summary>The ref folder of the newest version of a targeting pack of the running SDK, or null if it is not installed.</summary>
    public static string ReferencePackFolder(string pack)
    {
        string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", pack);
        string version = Directory.GetDirectories(packs)
            .Select(Path.GetFileName)
            .OrderByDescending(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .First()!;
        return Directory.GetDirectories(Path.Combine(packs, version, "ref")).OrderBy(d => d, StringComparer.Ordinal).Last();
    }

    private static IReadOnlyList<MetadataReference> Load() =>
        Directory.GetFiles(ReferencePackFolder(), "*.dll")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToArray();
}
