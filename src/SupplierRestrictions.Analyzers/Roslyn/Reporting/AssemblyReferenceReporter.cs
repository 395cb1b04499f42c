using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Roslyn.Options;

namespace SupplierRestrictions.Analyzers.Roslyn.Reporting;

/// <summary>SR1004: a metadata reference whose assembly name is listed under <c>assemblies</c> of an entry in force.</summary>
internal static class AssemblyReferenceReporter
{
    public static void Report(CompilationAnalysisContext context, CompiledRestrictions restrictions, AnalyzerSettings settings, ReferenceReporter reporter)
    {
        if (restrictions.Assemblies.IsEmpty)
        {
            return;
        }

        // Project-level: only an exemption without paths (one that covers every file) covers an assembly reference.
        var exemptions = FileExemptions.For(restrictions.Exemptions.Where(r => r.Exemption.Paths.Count == 0).ToArray(), filePath: null, settings.Date);
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
            var entry = restrictions.List.Entries[pair.Key];
            var status = entry.StatusOn(settings.Date);
            reporter.Usage.NoteReference(entry, pair.Key, status, exemptions.NotEnded(pair.Key));
            if (status.State != RestrictionState.InForce)
            {
                continue;
            }

            if (exemptions.Applying(pair.Key) is { } rule)
            {
                reporter.Usage.MarkUsed(rule);
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.RestrictedAssembly,
                Location.None,
                ReferenceReporter.Properties(entry, "InForce"),
                string.Join("', '", pair.Value),
                entry.Name,
                entry.Id,
                entry.ListName,
                ReferenceReporter.InForceDetail(entry, status, exemptions.Ended(pair.Key))));
        }
    }
}
