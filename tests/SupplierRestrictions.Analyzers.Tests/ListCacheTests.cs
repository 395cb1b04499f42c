using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests;

/// <summary>
/// The list is parsed and indexed once per list text and reused by every compilation while the text is unchanged
/// (as each keystroke in the IDE makes a new compilation with the same list text).
/// </summary>
[Collection(nameof(ListCacheTests))]
public sealed class ListCacheTests
{
    [Fact]
    public async Task Unchanged_list_text_is_parsed_once_across_compilations_and_a_changed_one_again()
    {
        var list = new InMemoryAdditionalText("/src/restricted-list.json", TestLists.With(TestLists.Kratos()));
        var analyzer = new SupplierRestrictionsAnalyzer();
        int before = ListFiles.ParseCount;

        for (int keystroke = 0; keystroke < 5; keystroke++)
        {
            var diagnostics = await Analyze(analyzer, $"class KratosUasClient{keystroke} {{ }}", list);
            Assert.Contains(diagnostics, d => d.Id == "SR1001");
        }

        Assert.Equal(1, ListFiles.ParseCount - before);

        var edited = new InMemoryAdditionalText("/src/restricted-list.json", TestLists.With(TestLists.Vendor("V-1", "Skydio Inc.")));
        var afterEdit = await Analyze(analyzer, "class SkydioClient { }", edited);
        Assert.Contains(afterEdit, d => d.Id == "SR1001");
        Assert.Equal(2, ListFiles.ParseCount - before);
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(DiagnosticAnalyzer analyzer, string source, AdditionalText list)
    {
        var compilation = CSharpCompilation.Create(
            "Keystroke",
            new[] { CSharpSyntaxTree.ParseText(source, path: "/src/A.cs") },
            NetReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray.Create(list));
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
    }
}

/// <summary>Runs alone: the parse counter is process-wide, so no other test may parse lists meanwhile.</summary>
[CollectionDefinition(nameof(ListCacheTests), DisableParallelization = true)]
public sealed class ListCacheTestsCollection
{
}
