using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.Hosting;
using Xunit.Sdk;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the real analyzer through <see cref="CompilationWithAnalyzers"/>, without the testing library, so
/// thousands of generated inputs stay cheap: one base compilation holds the SDK's reference assemblies and
/// every run adds its own syntax trees to it (the references and their metadata are loaded once).
/// </summary>
internal static class AnalyzerHarness
{
    public const string SourcePath = "/repo/src/Code.cs";
    public const string ListPath = "/repo/restricted-list.json";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<CSharpCompilation> Base = new(() => CSharpCompilation.Create(
        "Consumer",
        references: NetReferences.All,
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SupplierRestrictionsAnalyzer());

    public static SyntaxTree Parse(string source, string path = SourcePath) =>
        CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), ParseOptions, path);

    public static Dictionary<string, string> Globals(string? date = "2026-11-28", string? warningDays = null, string? scanComments = null)
    {
        var globals = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(BuildProperties.Date, date);
        Add(BuildProperties.WarningDays, warningDays);
        Add(BuildProperties.ScanComments, scanComments);
        return globals;

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                globals[BuildProperties.Key(name)] = value;
            }
        }
    }

    public static Task<AnalyzerRunResult> RunAsync(string source, string list, IReadOnlyDictionary<string, string>? globals = null, CancellationToken cancellationToken = default) =>
        RunAsync(new[] { Parse(source) }, new[] { new InMemoryAdditionalText(ListPath, list) }, globals ?? Globals(), cancellationToken: cancellationToken);

    public static async Task<AnalyzerRunResult> RunAsync(
        IEnumerable<SyntaxTree> trees,
        IEnumerable<AdditionalText> additionalFiles,
        IReadOnlyDictionary<string, string> globals,
        bool concurrentAnalysis = true,
        bool reportSuppressedDiagnostics = false,
        CancellationToken cancellationToken = default)
    {
        var compilation = Base.Value.AddSyntaxTrees(trees);
        var exceptions = new ConcurrentQueue<string>();
        var analyzerOptions = new AnalyzerOptions(additionalFiles.ToImmutableArray(), new GlobalOptionsProvider(globals));
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}"),
            concurrentAnalysis: concurrentAnalysis,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: reportSuppressedDiagnostics);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return new AnalyzerRunResult(diagnostics, exceptions.ToArray());
    }
}
