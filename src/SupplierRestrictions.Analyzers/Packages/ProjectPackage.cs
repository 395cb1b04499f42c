namespace SupplierRestrictions.Analyzers.Packages;

/// <summary>A NuGet package that restore resolved for the project, as the package's MSBuild targets wrote it.</summary>
public sealed class ProjectPackage
{
    public ProjectPackage(string id, string? version, bool isDirect)
    {
        Id = id;
        Version = version;
        IsDirect = isDirect;
    }

    public string Id { get; }

    /// <summary>The resolved version; null when restore's results did not say (a package with no assets).</summary>
    public string? Version { get; }

    /// <summary>Referenced by the project itself (a PackageReference), not only through another package.</summary>
    public bool IsDirect { get; }

    public string Use => IsDirect ? "direct" : "transitive";

    public override string ToString() => $"{Id} {Version} ({Use})";
}
