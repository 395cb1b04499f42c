using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.Hosting;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>
/// What to scan, and how: the analyzer's MSBuild properties given directly; <c>GeneratedFiles</c> are further
/// AdditionalFiles a build would write (the project's package file).
/// </summary>
public sealed record ScanRequest(
    IReadOnlyList<string> SourceFiles,
    IReadOnlyList<string> ListFiles,
    Day Date,
    int? WarningDays = null,
    bool ScanComments = false,
    IReadOnlyList<string>? References = null,
    IReadOnlyList<(string Path, string Text)>? GeneratedFiles = null);

/// <summary>
/// Runs the real <see cref="SupplierRestrictionsAnalyzer"/> over C# files without a project: a compilation of the
/// parsed files against the running runtime's assemblies, the lists as AdditionalFiles and the date as the
/// global option <c>build_property.SupplierRestrictionsDate</c>, exactly what a build passes.
/// </summary>
public static class AnalyzerRun
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(ScanRequest request, Action<int>? parsed = null, CancellationToken cancellationToken = default)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new SyntaxTree[request.SourceFiles.Count];
        for (int i = 0; i < trees.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = request.SourceFiles[i];
            using var stream = File.OpenRead(path);
            trees[i] = CSharpSyntaxTree.ParseText(SourceText.From(stream), parseOptions, path, cancellationToken);
            parsed?.Invoke(i + 1);
        }

        var references = RuntimeReferences().Concat((request.References ?? Array.Empty<string>()).Select(p => MetadataReference.CreateFromFile(p)));
        var compilation = CSharpCompilation.Create(
            "restricted-list-scan",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));

        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [BuildProperties.Key(BuildProperties.Date)] = request.Date.ToString(),
            [BuildProperties.Key(BuildProperties.ScanComments)] = request.ScanComments ? "true" : "false",
        };
        if (request.WarningDays is { } days)
        {
            globals[BuildProperties.Key(BuildProperties.WarningDays)] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var additional = request.ListFiles.Select(path => (AdditionalText)new InMemoryAdditionalText(path, SourceText.From(File.ReadAllText(path))))
            .Concat((request.GeneratedFiles ?? Array.Empty<(string Path, string Text)>()).Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, SourceText.From(file.Text))))
            .ToImmutableArray();
        var options = new AnalyzerOptions(additional, new GlobalOptionsProvider(globals));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SupplierRestrictionsAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The running runtime's own assemblies (System.Private.CoreLib, System.Runtime, …): enough to bind ordinary C#.</summary>
    public static IEnumerable<MetadataReference> RuntimeReferences()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal) && p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p));
    }
}
