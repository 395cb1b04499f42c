using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SupplierRestrictions.Benchmarks.Floor;

/// <summary>
/// The floor: the least any analyzer that looks at every identifier and literal can cost. One syntax tree action
/// walks every token (<c>root.DescendantTokens()</c>), switches on its kind, and for identifiers and string
/// literals reads <c>ValueText</c> (the string a matcher would look at). It reports nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "FLOOR001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private static long _characters;

    /// <summary>Characters of identifier and literal text seen, so the walk cannot be optimized away.</summary>
    public static long Characters => Interlocked.Read(ref _characters);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(Walk);
    }

    private static void Walk(SyntaxTreeAnalysisContext context)
    {
        long characters = 0;
        foreach (var token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens())
        {
            switch (token.Kind())
            {
                case SyntaxKind.IdentifierToken:
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    characters += token.ValueText.Length;
                    break;
            }
        }

        Interlocked.Add(ref _characters, characters);
    }
}
