using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Roslyn.ListInput;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Analyzers.Tests.Reliability;
using SupplierRestrictions.Hosting;
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
    public async Task Unchanged_list_content_is_parsed_once_across_compilations_and_a_changed_one_again()
    {
        // Content no other test uses: the content cache is process-wide.
        string content = TestLists.With(TestLists.Kratos(), TestLists.Vendor("CACHE-" + Guid.NewGuid().ToString("N"), "Quuxcorp Unique"));
        var list = new InMemoryAdditionalText("/src/restricted-list.json", content);
        var analyzer = new SupplierRestrictionsAnalyzer();
        int before = ParsedListCache.ParseCount;
        int lookupsBefore = ParsedListCache.ContentLookupCount;

        for (int keystroke = 0; keystroke < 5; keystroke++)
        {
            var diagnostics = await Analyze(analyzer, $"class KratosUasClient{keystroke} {{ }}", list);
            Assert.Contains(diagnostics, d => d.Id == "SR1001");
        }

        Assert.Equal(1, ParsedListCache.ParseCount - before);

        // The same SourceText object is found as such: its content is not hashed again for each compilation.
        Assert.Equal(1, ParsedListCache.ContentLookupCount - lookupsBefore);

        // A command-line build makes a new SourceText for the same file: same content, no new parse.
        var sameContent = new InMemoryAdditionalText("/src/restricted-list.json", content);
        Assert.Contains(await Analyze(analyzer, "class KratosUasClient { }", sameContent), d => d.Id == "SR1001");
        Assert.Equal(1, ParsedListCache.ParseCount - before);

        var edited = new InMemoryAdditionalText("/src/restricted-list.json", TestLists.With(TestLists.Vendor("V-" + Guid.NewGuid().ToString("N"), "Skydio Inc.")));
        var afterEdit = await Analyze(analyzer, "class SkydioClient { }", edited);
        Assert.Contains(afterEdit, d => d.Id == "SR1001");
        Assert.Equal(2, ParsedListCache.ParseCount - before);
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
