using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SupplierRestrictions.Benchmarks.Floor;

/// <summary>
/// The floor's walk compiled optimized at first call (<c>AggressiveOptimization</c>), as the analyzer's own scan is:
/// the like-for-like floor. <see cref="FloorAnalyzer"/>'s walk starts at tier 0 and is promoted (on-stack
/// replacement) only once tiered compilation gets to it, which in a compiler process that keeps compiling new
/// code can take most of the run; the same walk, same tokens, same <c>ValueText</c> reads.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptimizedFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "FLOOR002", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

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

    // MethodImplOptions.AggressiveOptimization (512), which netstandard2.0 does not name.
    [MethodImpl((MethodImplOptions)512)]
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
