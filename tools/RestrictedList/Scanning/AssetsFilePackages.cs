using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SupplierRestrictions.Analyzers.Packages;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>
/// <c>scan --project</c>: the packages restore resolved for a project, read from its <c>obj/project.assets.json</c>
/// and written in the form the package's MSBuild targets give the analyzer (<see cref="ProjectPackagesFile"/>), so the
/// analyzer reports SR1006 exactly as in a build, without one. Every target framework of the project counts.
/// </summary>
internal static class AssetsFilePackages
{
    public static string AssetsFileOf(string projectPath) =>
        Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", "project.assets.json");

    /// <summary>The package file's text: one "id TAB version TAB direct|transitive" line per package.</summary>
    public static string Read(string assetsPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(assetsPath), new JsonDocumentOptions { AllowTrailingCommas = true });
        var root = document.RootElement;
        var direct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("project", out var project) && project.TryGetProperty("frameworks", out var frameworks))
        {
            foreach (var framework in frameworks.EnumerateObject())
            {
                if (framework.Value.TryGetProperty("dependencies", out var dependencies))
                {
                    direct.UnionWith(dependencies.EnumerateObject().Select(d => d.Name));
                }
            }
        }

        var packages = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("targets", out var targets))
        {
            foreach (var target in targets.EnumerateObject())
            {
                foreach (var library in target.Value.EnumerateObject())
                {
                    bool isPackage = library.Value.TryGetProperty("type", out var type) && type.GetString() == "package";
                    int slash = library.Name.IndexOf('/');
                    if (isPackage && slash > 0)
                    {
                        packages.TryAdd(library.Name.Substring(0, slash), library.Name.Substring(slash + 1));
                    }
                }
            }
        }

        var text = new StringBuilder("# the NuGet packages restore resolved for this project: id, version, direct or transitive\n");
        foreach (var (id, version) in packages)
        {
            text.Append(id).Append('\t').Append(version).Append('\t').Append(direct.Contains(id) ? "direct" : "transitive").Append('\n');
        }

        return text.ToString();
    }
}
