using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Hosting;

namespace SupplierRestrictions.Benchmarks;

/// <summary>Loads analyzer assemblies from a package folder into the default context (the host's Roslyn is shared).</summary>
internal sealed class FolderAnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);

    public FolderAnalyzerLoader(string folder)
    {
        foreach (string path in Directory.GetFiles(folder, "*.dll"))
        {
            _byName[System.IO.Path.GetFileNameWithoutExtension(path)] = path;
        }

        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } simple && _byName.TryGetValue(simple, out string? path) ? context.LoadFromAssemblyPath(path) : null;
    }

    public void AddDependencyLocation(string fullPath) => _byName[System.IO.Path.GetFileNameWithoutExtension(fullPath)] = fullPath;

    public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
}

/// <summary>Where things are: the repository, the SDK's reference assemblies, the BannedApiAnalyzers package.</summary>
internal static class Locations
{
    public static string RepoRoot()
    {
        string? metadata = Metadata("RepoRoot");
        if (metadata is not null && File.Exists(System.IO.Path.Combine(metadata, "Analyzers.sln")))
        {
            return System.IO.Path.GetFullPath(metadata);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (the folder of Analyzers.sln)");
    }

    /// <summary>The running SDK's targeting pack: &lt;dotnet root&gt;/packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net&lt;major&gt;.0/*.dll.</summary>
    public static (string Folder, ImmutableArray<MetadataReference> References) ReferenceAssemblies()
    {
        string folder = ReferencePacks.RefFolder(ReferencePacks.NetCore, Environment.Version.Major);
        var references = Directory.GetFiles(folder, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();

        // The repository's own analyzer sources need Roslyn itself.
        references.Add(MetadataReference.CreateFromFile(typeof(SyntaxNode).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxNode).Assembly.Location));
        return (folder, references.ToImmutableArray());
    }

    public static string BannedApiAnalyzersFolder()
    {
        string? package = Metadata("BannedApiAnalyzersPackage");
        if (string.IsNullOrEmpty(package) || !Directory.Exists(package))
        {
            string root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            package = System.IO.Path.Combine(root, "microsoft.codeanalysis.bannedapianalyzers", Metadata("BannedApiAnalyzersVersion") ?? "5.6.0");
        }

        string folder = System.IO.Path.Combine(package, "analyzers", "dotnet", "cs");
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"BannedApiAnalyzers not found at {folder}; run 'dotnet restore' on the benchmark project");
        }

        return folder;
    }

    public static ImmutableArray<DiagnosticAnalyzer> LoadBannedApiAnalyzers(out string description)
    {
        string folder = BannedApiAnalyzersFolder();
        var loader = new FolderAnalyzerLoader(folder);
        var analyzers = Directory.GetFiles(folder, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new AnalyzerFileReference(p, loader))
            .SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"no C# analyzers in {folder}");
        }

        description = $"{string.Join(", ", analyzers.Select(a => a.GetType().Name))} from {folder}";
        return analyzers;
    }

    private static string? Metadata(string key) =>
        typeof(Locations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
