using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Roslyn.Options;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit.Sdk;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

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
        Add(AnalyzerSettings.DateProperty, date);
        Add(AnalyzerSettings.WarningDaysProperty, warningDays);
        Add(AnalyzerSettings.ScanCommentsProperty, scanComments);
        return globals;

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                globals["build_property." + name] = value;
            }
        }
    }

    public static Task<AnalyzerRunResult> RunAsync(string source, string list, IReadOnlyDictionary<string, string>? globals = null, CancellationToken cancellationToken = default) =>
        RunAsync(new[] { Parse(source) }, new[] { new TestAdditionalText(ListPath, list) }, globals ?? Globals(), cancellationToken: cancellationToken);

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
        var analyzerOptions = new AnalyzerOptions(additionalFiles.ToImmutableArray(), new TestConfigOptionsProvider(globals));
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

/// <summary>What one analyzer run produced, and the checks every run must pass.</summary>
internal sealed class AnalyzerRunResult
{
    public AnalyzerRunResult(ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<string> exceptions)
    {
        Diagnostics = diagnostics;
        Exceptions = exceptions;
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Everything the host's onAnalyzerException callback saw.</summary>
    public IReadOnlyList<string> Exceptions { get; }

    public IEnumerable<Diagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id);

    public bool HasError => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// No exception reached the host, no AD0001 (or any other non-SR diagnostic), and every message can be
    /// formatted (a message argument that throws in ToString leaves users the bare format string).
    /// </summary>
    public AnalyzerRunResult AssertHealthy()
    {
        if (Exceptions.Count > 0)
        {
            throw new XunitException("the analyzer threw:\n" + string.Join("\n---\n", Exceptions));
        }

        foreach (var diagnostic in Diagnostics)
        {
            if (!diagnostic.Id.StartsWith("SR", StringComparison.Ordinal))
            {
                throw new XunitException($"unexpected diagnostic {diagnostic.Id}: {SafeMessage(diagnostic)}");
            }

            // Roslyn swallows an argument that throws while formatting and shows the bare format ("'{0}' refers
            // to…"), so an unformatted message is the symptom to look for.
            string format = diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (format.Contains("{0}", StringComparison.Ordinal) && message == format)
            {
                throw new XunitException($"the message of {diagnostic.Id} could not be formatted: {message}");
            }
        }

        return this;
    }

    /// <summary>ID, span, message and properties of every diagnostic, in a stable order: what "the same answer" means.</summary>
    public IReadOnlyList<string> Canonical() => Diagnostics
        .Select(Describe)
        .OrderBy(d => d, StringComparer.Ordinal)
        .ToArray();

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        string properties = string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        string additional = string.Join(";", d.AdditionalLocations.Select(l => $"{l.GetLineSpan().Path}{l.SourceSpan}"));
        return $"{span.Path}|{d.Location.SourceSpan.Start:D9}|{d.Location.SourceSpan.End:D9}|{d.Id}|{d.Severity}|{d.GetMessage(CultureInfo.InvariantCulture)}|{properties}|{additional}";
    }

    public override string ToString() => string.Join("\n", Diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {SafeMessage(d)}"));

    private static string SafeMessage(Diagnostic diagnostic)
    {
        try
        {
            return diagnostic.GetMessage(CultureInfo.InvariantCulture);
        }
        catch (Exception e)
        {
            return $"<message throws {e.GetType().Name}>";
        }
    }
}

/// <summary>An AdditionalFile with fixed text; a null text is a file the host could not read.</summary>
internal sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public TestAdditionalText(string path, string? text)
        : this(path, text is null ? null : SourceText.From(text, Encoding.UTF8))
    {
    }

    public TestAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The MSBuild properties as <c>build_property.*</c> global options, as the compiler passes them.</summary>
internal sealed class TestConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly TestConfigOptions Empty = new(new Dictionary<string, string>());

    public TestConfigOptionsProvider(IReadOnlyDictionary<string, string> globals) => GlobalOptions = new TestConfigOptions(globals);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class TestConfigOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public TestConfigOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out string? found))
            {
                value = found;
                return true;
            }

            value = null!;
            return false;
        }
    }
}
