using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Hosting;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>No C# source, however broken, makes the analyzer throw or miss a reference the parser sees.</summary>
public sealed class SourceFuzzTests
{
    private static readonly HashSet<SyntaxKind> LiteralKinds = new()
    {
        SyntaxKind.StringLiteralToken, SyntaxKind.Utf8StringLiteralToken, SyntaxKind.SingleLineRawStringLiteralToken,
        SyntaxKind.MultiLineRawStringLiteralToken, SyntaxKind.Utf8SingleLineRawStringLiteralToken,
        SyntaxKind.Utf8MultiLineRawStringLiteralToken, SyntaxKind.InterpolatedStringTextToken,
    };

    private readonly ITestOutputHelper _output;

    public SourceFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Analyzer_never_throws_and_reports_every_planted_reference()
    {
        var cases = Fuzz.Create(pcg => (Source: SourceGenerators.AnySource.Generate(pcg, null, out _), ScanComments: pcg.Chance(30)), c => c.Source.Length);
        _neutralized = 0;
        await Fuzz.RunAsync(_output, "C# sources through the analyzer", cases, Fuzz.Cases(0.33), c => CheckAsync(c.Source, c.ScanComments), c => $"scanComments={c.ScanComments}\n{c.Source}");
        _output.WriteLine($"{_neutralized} of them with erroneous raw interpolated strings made plain raw strings (Roslyn 4.8 hangs on them)");
    }

    private static readonly Regex RawInterpolationStart = new("\\$+\"\"\"", RegexOptions.CultureInvariant);

    /// <summary>
    /// Roslyn 4.8 (the compiler these tests run on) never finishes binding some erroneous raw interpolated strings
    /// nested in interpolations, e.g. <c>$$"""{t{{$"""\nt{$"{($"""</c>…: with no analyzer at all,
    /// <c>Compilation.GetDiagnostics</c> spins and ignores its cancellation token, and CompilationWithAnalyzers binds
    /// the same code to check [SuppressMessage] for any diagnostic reported in it. The SDK's compiler (Roslyn 5.x)
    /// compiles such text in a fraction of a second. A source with a syntax error and a raw interpolated string is
    /// therefore checked with its raw interpolated strings turned into plain raw strings (<c>$$"""</c> to
    /// <c>"""</c>); everything else in it is kept.
    /// </summary>
    private static bool HangsRoslyn48(SyntaxTree tree) =>
        tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
        && tree.GetRoot().DescendantTokens().Any(t =>
            t.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken) || t.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken));

    private static int _neutralized;

    private static async Task CheckAsync(string source, bool scanComments)
    {
        var tree = AnalyzerHarness.Parse(source);
        if (HangsRoslyn48(tree))
        {
            Interlocked.Increment(ref _neutralized);
            tree = AnalyzerHarness.Parse(RawInterpolationStart.Replace(source, "\"\"\""));
        }

        var result = await AnalyzerHarness.RunAsync(
            new[] { tree },
            new[] { new InMemoryAdditionalText(AnalyzerHarness.ListPath, SourceGenerators.List) },
            AnalyzerHarness.Globals(SourceGenerators.Date, scanComments: scanComments ? "true" : "false"),
            reportSuppressedDiagnostics: true); // the soup holds #pragma warning disable SR1001
        result.AssertHealthy();

        var reported = new HashSet<Microsoft.CodeAnalysis.Text.TextSpan>(result.Diagnostics
            .Where(d => d.Id is DiagnosticIds.RestrictedVendor or DiagnosticIds.RestrictedMaterial)
            .Select(d => d.Location.SourceSpan));
        foreach (var token in (await tree.GetRootAsync()).DescendantTokens(descendIntoTrivia: scanComments))
        {
            bool planted = token.IsKind(SyntaxKind.IdentifierToken)
                ? SourceGenerators.PlantedIdentifiers.Contains(token.ValueText)
                : LiteralKinds.Contains(token.Kind()) && SourceGenerators.PlantedTexts.Contains(token.ValueText);
            if (planted && !reported.Contains(token.Span))
            {
                throw new XunitException($"silent pass: {token.Kind()} '{token.ValueText}' at {token.Span} was not reported:\n{result}");
            }
        }
    }
}
