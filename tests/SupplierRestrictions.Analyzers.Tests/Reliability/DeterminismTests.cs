using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>Same answer every time: concurrency and the order of list files never change the diagnostics.</summary>
public sealed class DeterminismTests
{
    private readonly ITestOutputHelper _output;

    public DeterminismTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Ten_concurrent_runs_of_one_compilation_give_identical_diagnostics()
    {
        string list = TestLists.With(
            TestLists.Kratos(),
            TestLists.Vendor("V-SHIELD", "Shield AI", """ "suspensions": [ { "from": "2026-01-01", "until": "2026-12-10" } ] """),
            TestLists.Material("M-DY", "Dysprosium", """ "codes": ["7429-91-6", "Dy"] """),
            TestLists.Vendor("V-CUBIC", "Cubic Corporation", """ "match": "strict" """),
            TestLists.Vendor("V-INSITU", "Insitu, Inc."),
            TestLists.Vendor("V-SHIELD", "Shield AI Duplicate"),
            """    { "id": "BROKEN", "kind": "vendor", "name": "Echodyne", "listed": "2025-02-30" }""")
            .Replace("\n  ]\n}", """
              ],
              "exemptions": [
                { "entries": ["V-INSITU"], "paths": ["src/Legacy/**/*.cs"], "reason": "fielded systems", "until": "2026-12-15" },
                { "entries": ["M-DY"], "paths": ["src/Nowhere/*.cs"], "reason": "stale", "until": "2027-12-31" }
              ]
            }
            """, StringComparison.Ordinal);
        var trees = Enumerable.Range(0, 24).Select(i => AnalyzerHarness.Parse(
            $$"""
            namespace Orders{{i}};
            class KratosUasClient{{i}}
            {
                string a = "Shield AI", b = "7429-91-6 and Dy", c = $"Cubic Corporation {{{i}}}";
                object InsituGateway, Echodyne, Cubic;
                void Send(int kratosUas) { var dysprosium = nameof(kratosUas); }
            }
            """,
            i % 3 == 0 ? $"/repo/src/Legacy/Old/File{i}.cs" : $"/repo/src/File{i}.cs")).ToArray();
        var files = new[] { new InMemoryAdditionalText(AnalyzerHarness.ListPath, list) };

        IReadOnlyList<string>? first = null;
        for (int run = 0; run < 10; run++)
        {
            var result = (await AnalyzerHarness.RunAsync(trees, files, AnalyzerHarness.Globals(), concurrentAnalysis: true)).AssertHealthy();
            var canonical = result.Canonical();
            if (first is null)
            {
                first = canonical;
                _output.WriteLine($"{canonical.Count} diagnostics: {string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"))}");
                foreach (string id in new[] { "SR0002", "SR0003", "SR0007", "SR1001", "SR1002", "SR1003", "SR1005" })
                {
                    Assert.Contains(result.Diagnostics, d => d.Id == id);
                }
            }
            else
            {
                Assert.Equal(first, canonical);
            }
        }
    }

    [Fact]
    public async Task List_files_in_any_order_give_the_same_diagnostics()
    {
        const string central = "/repo/restricted-list.json";
        const string local = "/repo/a.restricted-list.json"; // before the central one in ordinal order: its entries win
        string centralList = TestLists.With(
            TestLists.Kratos(),
            TestLists.Vendor("V-SHIELD", "Shield AI").Replace("Test List", "Central List", StringComparison.Ordinal));
        string localList = TestLists.With(
            TestLists.Vendor("V-SHIELD", "Shield AI Robotics").Replace("Test List", "Local List", StringComparison.Ordinal),
            TestLists.Vendor("V-ECHO", "Echodyne"));
        const string source = "class C { string a = \"Shield AI\", b = \"Shield AI Robotics\", c = \"Echodyne\"; object KratosUasClient; }";

        async Task<AnalyzerRunResult> RunAsync(params (string Path, string Text)[] lists) =>
            (await AnalyzerHarness.RunAsync(
                new[] { AnalyzerHarness.Parse(source) },
                lists.Select(l => new InMemoryAdditionalText(l.Path, SourceText.From(l.Text))).ToArray(), // fresh SourceText objects, as a new build would make
                AnalyzerHarness.Globals())).AssertHealthy();

        var forward = await RunAsync((central, centralList), (local, localList));
        var backward = await RunAsync((local, localList), (central, centralList));

        Assert.Equal(forward.Canonical(), backward.Canonical());
        var duplicate = Assert.Single(forward.WithId(DiagnosticIds.DuplicateEntryId));
        Assert.Equal(central, duplicate.Location.GetLineSpan().Path);
        Assert.Equal(local, Assert.Single(duplicate.AdditionalLocations).GetLineSpan().Path);
        var shield = Assert.Single(forward.WithId(DiagnosticIds.RestrictedVendor), d => d.Properties["EntryId"] == "V-SHIELD");
        Assert.Equal("Local List", shield.Properties["List"]);
        Assert.Equal(3, forward.WithId(DiagnosticIds.RestrictedVendor).Count());
    }
}
