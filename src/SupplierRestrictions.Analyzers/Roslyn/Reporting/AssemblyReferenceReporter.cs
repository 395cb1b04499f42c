using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn;

namespace SupplierRestrictions.Analyzers.Roslyn.Reporting;

/// <summary>SR1004: a metadata reference whose assembly name is listed under <c>assemblies</c> of an entry in force.</summary>
internal static class AssemblyReferenceReporter
{
    public static void Report(CompilationAnalysisContext context, CompiledRestrictions restrictions, ReferenceReporter reporter)
    {
        if (restrictions.Assemblies.IsEmpty)
        {
            return;
        }

        var assembliesByEntry = new SortedDictionary<int, List<string>>();
        foreach (var reference in context.Compilation.References)
        {
            if (context.Compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            {
                continue;
            }

            foreach (int entry in restrictions.Assemblies.Lookup(assembly.Identity.Name))
            {
                if (!assembliesByEntry.TryGetValue(entry, out var names))
                {
                    assembliesByEntry[entry] = names = new List<string>();
                }

                if (!names.Contains(assembly.Identity.Name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(assembly.Identity.Name);
                }
            }
        }

        foreach (var pair in assembliesByEntry)
        {
            if (reporter.ProjectReference(pair.Key) is not { } detail)
            {
                continue;
            }

            var entry = restrictions.List.Entries[pair.Key];
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.RestrictedAssembly,
                Location.None,
                ReferenceReporter.Properties(entry, "InForce"),
                string.Join("', '", pair.Value),
                entry.Name,
                entry.Id,
                entry.ListName,
                detail));
        }
    }
}
