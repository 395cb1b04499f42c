using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn.ListInput;

namespace SupplierRestrictions.Analyzers.Roslyn.Reporting;

/// <summary>SR0007 at compilation end: an exemption in effect that exempted nothing and is not needed before it ends.</summary>
internal static class StaleExemptionReporter
{
    public static void Report(CompilationAnalysisContext context, CompiledRestrictions restrictions, ExemptionUsage usage, Day date)
    {
        foreach (var rule in restrictions.Exemptions)
        {
            // Only exemptions in effect: one that has not started yet is a plan, one that has ended is named by
            // the SR1001/SR1002 it no longer hides, and one naming no known entry is already SR0006.
            if (!rule.Exemption.AppliesOn(date) || rule.Resolved.EntryIndices.Count == 0 || usage.WasUsed(rule) || usage.IsNeededLater(rule))
            {
                continue;
            }

            string reason = IdleExemptionReason.Describe(rule, restrictions.Exemptions, restrictions.List.Entries, date, entry => usage.IsReferenced(rule, entry));
            var file = restrictions.List.Files[rule.Resolved.FileIndex];
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ExemptionStale, ListFiles.Location(file.Path, rule.Exemption.Range), rule.Exemption.DisplayName, reason));
        }
    }
}
