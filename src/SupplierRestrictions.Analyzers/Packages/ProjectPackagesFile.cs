using System;
using System.Collections.Generic;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Packages;

/// <summary>
/// The project's resolved NuGet packages, written by the package's MSBuild targets to
/// <c>obj/…/SupplierRestrictions.packages.txt</c> and passed as an AdditionalFile (SR1006). One package per line:
/// <c>id TAB version TAB direct|transitive</c>; the version may be empty; blank lines and lines starting with
/// <c>#</c> are ignored. A line that does not fit is SR0001 at that line: the file is generated, so a bad line means
/// a broken build step, and the build must not pass as if the project had no packages.
/// </summary>
public sealed class ProjectPackagesFile
{
    public const string FileName = "SupplierRestrictions.packages.txt";

    private ProjectPackagesFile(IReadOnlyList<ProjectPackage> packages, IReadOnlyList<ListDiagnostic> problems)
    {
        Packages = packages;
        Problems = problems;
    }

    public IReadOnlyList<ProjectPackage> Packages { get; }

    /// <summary>SR0001 for each line that is not a package line, at the line.</summary>
    public IReadOnlyList<ListDiagnostic> Problems { get; }

    public static bool IsPackagesFile(string path) =>
        string.Equals(ListFileNames.NameOf(path), FileName, StringComparison.OrdinalIgnoreCase);

    public static ProjectPackagesFile Parse(string text)
    {
        var lines = new LineMap(text);
        var packages = new List<ProjectPackage>();
        var byId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<ListDiagnostic>();
        int start = 0;
        int lineNumber = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            int contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lineNumber++;
            string line = text.Substring(start, contentEnd - start);
            if (line.Trim().Length > 0 && line[0] != '#')
            {
                if (ReadLine(line, out var package) is { } problem)
                {
                    problems.Add(new ListDiagnostic(
                        DiagnosticIds.ListUnreadable,
                        $"the project's package file ({FileName}, written by the package's MSBuild targets) line {lineNumber}: {problem}; packages cannot be checked (SR1006) until it is rewritten: rebuild the project",
                        lines.Range(start, contentEnd)));
                }
                else if (byId.TryGetValue(package!.Id, out int earlier))
                {
                    // The same package twice (never written so by the targets): direct wins, a known version wins.
                    var first = packages[earlier];
                    packages[earlier] = new ProjectPackage(first.Id, first.Version ?? package.Version, first.IsDirect || package.IsDirect);
                }
                else
                {
                    byId[package.Id] = packages.Count;
                    packages.Add(package);
                }
            }

            start = end + 1;
        }

        return new ProjectPackagesFile(packages, problems);
    }

    private static string? ReadLine(string line, out ProjectPackage? package)
    {
        package = null;
        string[] fields = line.Split('\t');
        if (fields.Length != 3)
        {
            return $"expected 3 tab-separated fields (id, version, direct or transitive), found {fields.Length}";
        }

        string id = fields[0].Trim(), version = fields[1].Trim(), use = fields[2].Trim();
        if (!PackageIdPattern.IsId(id))
        {
            return $"\"{id}\" is not a NuGet package id";
        }

        foreach (char c in version)
        {
            if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '+'))
            {
                return $"\"{version}\" is not a package version";
            }
        }

        if (use != "direct" && use != "transitive")
        {
            return $"the third field must be \"direct\" or \"transitive\", not \"{use}\"";
        }

        package = new ProjectPackage(id, version.Length == 0 ? null : version, use == "direct");
        return null;
    }
}
