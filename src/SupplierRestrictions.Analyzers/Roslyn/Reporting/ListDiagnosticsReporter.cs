using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Roslyn.ListInput;

namespace SupplierRestrictions.Analyzers.Roslyn.Reporting;

/// <summary>Reports a list file's own problems in that file, at their line and column, so the IDE squiggles the JSON.</summary>
internal static class ListDiagnosticsReporter
{
    public static void Report(AdditionalFileAnalysisContext context, CompiledRestrictions restrictions)
    {
        var files = restrictions.List.Files;
        for (int fileIndex = 0; fileIndex < files.Count; fileIndex++)
        {
            var file = files[fileIndex];
            if (file.Path != context.AdditionalFile.Path)
            {
                continue;
            }

            foreach (var problem in file.Parsed.Diagnostics)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ForList(problem.Id), ListFiles.Location(file.Path, problem.Range), problem.Message));
            }

            foreach (var problem in restrictions.List.ExemptionProblems)
            {
                if (problem.FileIndex == fileIndex)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.ExemptionInvalid, ListFiles.Location(file.Path, problem.Diagnostic.Range), problem.Diagnostic.Message));
                }
            }

            foreach (var duplicate in restrictions.List.Duplicates)
            {
                if (duplicate.FileIndex == fileIndex)
                {
                    var firstFile = files[duplicate.FirstFileIndex];
                    var firstLocation = ListFiles.Location(firstFile.Path, duplicate.First.IdRange);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DuplicateEntryId,
                        ListFiles.Location(file.Path, duplicate.Duplicate.IdRange),
                        new[] { firstLocation },
                        duplicate.Duplicate.Id,
                        $"{firstFile.Path}{duplicate.First.IdRange}"));
                }
            }
        }
    }
}
