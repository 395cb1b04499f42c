using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Packages;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn.ListInput;
using SupplierRestrictions.Analyzers.Roslyn.Options;
using SupplierRestrictions.Analyzers.Roslyn.Reporting;
using SupplierRestrictions.Analyzers.Roslyn.Scanning;

namespace SupplierRestrictions.Analyzers.Roslyn;

/// <summary>
/// Reads the restriction lists, evaluates them on the build's date and reports references in C# code.
/// The list and matching work lives in Lists/ and Matching/; this class only connects them to Roslyn.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SupplierRestrictionsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is analyzed and reported: a generated client for a restricted vendor is a real reference.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var settings = AnalyzerSettings.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        if (settings.Problems.Count > 0)
        {
            context.RegisterCompilationEndAction(end =>
            {
                foreach (string problem in settings.Problems)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidProperty, Location.None, problem));
                }
            });
        }

        var sources = ListFiles.Load(context.Options, context.CancellationToken);
        if (sources.Count == 0)
        {
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(Descriptors.NoList, Location.None)));
            return;
        }

        var restrictions = CompiledRestrictions.Get(sources);
        var reporter = new ReferenceReporter(restrictions, settings);
        context.RegisterAdditionalFileAction(file => ListDiagnosticsReporter.Report(file, restrictions));
        var symbols = SymbolReferenceFinder.Create(context.Compilation, restrictions);
        var scanner = new SyntaxReferenceScanner(restrictions, settings, reporter, symbols);
        if (symbols is null)
        {
            // Names and codes only: no binding, the cheapest action there is.
            context.RegisterSyntaxTreeAction(scanner.Scan);
        }
        else
        {
            context.RegisterSemanticModelAction(scanner.Scan);
        }

        // The package file is read only when some entry lists packages: otherwise nothing depends on it.
        var packageFiles = restrictions.Packages.IsEmpty
            ? new List<(string Path, ProjectPackagesFile File)>()
            : PackageFiles.Load(
                context.Options,
                text => context.TryGetValue(text, PackageFiles.Parser, out var parsed) ? parsed : ProjectPackagesFile.Parse(text.ToString()),
                context.CancellationToken);
        if (packageFiles.Count > 0)
        {
            context.RegisterAdditionalFileAction(file => PackageReferenceReporter.ReportProblems(file, packageFiles));
        }

        if (restrictions.Exemptions.Count > 0 || !restrictions.Assemblies.IsEmpty || packageFiles.Count > 0)
        {
            // One end action, in this order: an exemption that covers an assembly or package reference is not stale.
            var packages = packageFiles.SelectMany(f => f.File.Packages).ToArray();
            context.RegisterCompilationEndAction(end =>
            {
                AssemblyReferenceReporter.Report(end, restrictions, reporter);
                PackageReferenceReporter.Report(end, restrictions, reporter, packages);
                StaleExemptionReporter.Report(end, restrictions, reporter.Usage, settings.Date);
            });
        }
    }
}
