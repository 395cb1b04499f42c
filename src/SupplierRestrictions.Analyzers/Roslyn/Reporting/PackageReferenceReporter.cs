using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Packages;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn.ListInput;

namespace SupplierRestrictions.Analyzers.Roslyn.Reporting;

/// <summary>
/// SR1006: a resolved NuGet package of the project (from the package file the MSBuild targets write) whose id matches
/// <c>packages</c> of an entry in force; once per package and entry. Project-level, so, as for SR1004, only an
/// exemption without paths covers it.
/// </summary>
internal static class PackageReferenceReporter
{
    public static void Report(CompilationAnalysisContext context, CompiledRestrictions restrictions, ReferenceReporter reporter, IReadOnlyList<ProjectPackage> packages)
    {
        if (restrictions.Packages.IsEmpty || packages.Count == 0)
        {
            return;
        }

        foreach (var package in packages.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
        {
            foreach (int entryIndex in restrictions.Packages.Lookup(package.Id))
            {
                if (reporter.ProjectReference(entryIndex) is not { } detail)
                {
                    continue;
                }

                var entry = restrictions.List.Entries[entryIndex];
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RestrictedPackage,
                    Location.None,
                    ReferenceReporter.Properties(entry, "InForce"),
                    package.Id,
                    package.Version ?? "(version unknown)",
                    package.Use,
                    entry.KindName,
                    entry.Name,
                    entry.Id,
                    entry.ListName,
                    detail));
            }
        }
    }

    /// <summary>SR0001 in the package file, at each line that could not be read.</summary>
    public static void ReportProblems(AdditionalFileAnalysisContext context, IReadOnlyList<(string Path, ProjectPackagesFile File)> files)
    {
        foreach (var (path, file) in files)
        {
            if (path != context.AdditionalFile.Path)
            {
                continue;
            }

            foreach (var problem in file.Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ListUnreadable, ListFiles.Location(path, problem.Range), problem.Message));
            }
        }
    }
}
