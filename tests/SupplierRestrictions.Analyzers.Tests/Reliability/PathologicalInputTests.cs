using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>
/// Bounded cost: huge and deep inputs finish with the right answer. Times are printed, not asserted (the
/// machine may be shared); the fuzz runs and CI's time limit catch a run that does not finish.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly string KratosList = TestLists.With(TestLists.Kratos());

    private readonly ITestOutputHelper _output;

    public PathologicalInputTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task A_10_MB_list_of_valid_entries()
    {
        var (list, count) = LargeList(10 * 1024 * 1024);
        string last = $"V-{count - 1:D6}";

        var stopwatch = Stopwatch.StartNew();
        var parsed = ParsedListFile.Parse(list);
        var parseTime = stopwatch.Elapsed;
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(count, parsed.Entries.Count);

        string source = $$"""
            class Orders
            {
                string first = "{{VendorName(0)}}";
                string last = "{{VendorName(count - 1)}}";
                object {{VendorName(count - 2).Replace(" ", string.Empty, StringComparison.Ordinal)}}Client;
                string none = "Acme Fasteners";
            }
            """;
        stopwatch.Restart();
        var result = (await AnalyzerHarness.RunAsync(source, list)).AssertHealthy();
        _output.WriteLine($"10 MB list ({list.Length:N0} chars, {count:N0} entries): Parse {parseTime.TotalMilliseconds:F0} ms, analyzer run {stopwatch.ElapsedMilliseconds} ms");

        var ids = result.WithId(DiagnosticIds.RestrictedVendor).Select(d => d.Properties["EntryId"]).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "V-000000", $"V-{count - 2:D6}", last }, ids);
        Assert.Equal(3, result.Diagnostics.Length);
    }

    [Fact]
    public async Task A_1_MB_string_literal_with_a_restricted_name_near_the_end()
    {
        var text = new StringBuilder();
        while (text.Length < 1024 * 1024)
        {
            text.Append("ordinary procurement text, Kratos Unmanned Aerial unit 42, UAS spare parts; ");
        }

        string filler = text.ToString();
        text.Append("ordered from Kratos UAS on Monday");
        string source = $"class Orders {{ const string Log = \"{text}\"; }}";

        var stopwatch = Stopwatch.StartNew();
        var result = (await AnalyzerHarness.RunAsync(source, KratosList)).AssertHealthy();
        _output.WriteLine($"1 MB string literal ({text.Length:N0} chars): {stopwatch.ElapsedMilliseconds} ms");

        var reported = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.RestrictedVendor, reported.Id);
        Assert.Equal(source.IndexOf('"', StringComparison.Ordinal), reported.Location.SourceSpan.Start);
        Assert.Equal(text.Length + 2, reported.Location.SourceSpan.Length);
        Assert.True(reported.GetMessage().Length < 400, "the message shows a shortened literal");

        // The name near the end is what matched: the same literal without it is not reported.
        var withoutName = (await AnalyzerHarness.RunAsync($"class Orders {{ const string Log = \"{filler}\"; }}", KratosList)).AssertHealthy();
        Assert.Empty(withoutName.Diagnostics);
    }

    [Fact]
    public async Task A_100000_character_identifier()
    {
        string restricted = new string('x', 100_000 - "KratosUas".Length) + "KratosUas";
        string plain = new string('k', 100_000);
        string source = $"class Orders {{ int {restricted}; int {plain}; }}";

        var stopwatch = Stopwatch.StartNew();
        var result = (await AnalyzerHarness.RunAsync(source, KratosList)).AssertHealthy();
        _output.WriteLine($"100,000-character identifiers: {stopwatch.ElapsedMilliseconds} ms");

        var reported = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.RestrictedVendor, reported.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(source.IndexOf(restricted, StringComparison.Ordinal), restricted.Length), reported.Location.SourceSpan);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    public async Task JSON_nested_10000_deep_is_SR0001_without_overflowing_the_stack(string open, string close)
    {
        string nested = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));
        string list = "{ \"schemaVersion\": 1, \"entries\": [ " + nested + " ] }";

        var stopwatch = Stopwatch.StartNew();
        var parsed = ParsedListFile.Parse(list);
        var parseTime = stopwatch.Elapsed;
        Assert.Contains(parsed.Diagnostics, d => d.Id == DiagnosticIds.ListUnreadable);

        stopwatch.Restart();
        var result = (await AnalyzerHarness.RunAsync("class KratosUasClient { }", list)).AssertHealthy();
        _output.WriteLine($"JSON nested 10,000 deep ({open}): Parse {parseTime.TotalMilliseconds:F1} ms, analyzer run {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.WithId(DiagnosticIds.ListUnreadable)).Severity);
    }

    [Fact]
    public async Task Interpolations_nested_200_deep()
    {
        string inner = "\"Kratos UAS\"";
        for (int i = 0; i < 200; i++)
        {
            inner = i % 3 == 0 ? $"$\"a{{{inner}}}b\"" : i % 3 == 1 ? $"$@\"c{{{inner}}}d\"" : $"$\"\"\"e{{{inner}}}f\"\"\"";
        }

        string source = $"class Orders {{ string M() => {inner}; }}";
        var stopwatch = Stopwatch.StartNew();
        var result = (await AnalyzerHarness.RunAsync(source, KratosList)).AssertHealthy();
        _output.WriteLine($"interpolations nested 200 deep: {stopwatch.ElapsedMilliseconds} ms");

        var innermost = Assert.Single((await AnalyzerHarness.Parse(source).GetRootAsync()).DescendantTokens(), t => t.ValueText == "Kratos UAS");
        Assert.Equal(innermost.Span, Assert.Single(result.WithId(DiagnosticIds.RestrictedVendor)).Location.SourceSpan);
    }

    private static string VendorName(int index) => $"{Word(index)} {Word((index * 7919) + 13)} Aerospace";

    /// <summary>A pronounceable letters-only word per number, so every name is distinct words.</summary>
    private static string Word(int number)
    {
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        builder.Append(char.ToUpperInvariant(consonants[number % consonants.Length]));
        number /= consonants.Length;
        do
        {
            builder.Append(vowels[number % vowels.Length]);
            number /= vowels.Length;
            builder.Append(consonants[number % consonants.Length]);
            number /= consonants.Length;
        }
        while (number > 0);
        return builder.ToString();
    }

    private static (string List, int Count) LargeList(int targetLength)
    {
        var builder = new StringBuilder("{\n  \"schemaVersion\": 1,\n  \"entries\": [\n");
        int count = 0;
        while (builder.Length < targetLength)
        {
            if (count > 0)
            {
                builder.Append(",\n");
            }

            builder.Append($$"""
                    {
                      "id": "V-{{count:D6}}", "kind": "vendor", "name": "{{VendorName(count)}}",
                      "aliases": ["{{Word(count)}} {{Word(count + 1)}} Systems"], "codes": ["CAGE {{count:X6}}"],
                      "list": "Generated List", "authority": "Test Authority", "reference": "Notice {{count}}",
                      "reason": "generated to measure a large list", "listed": "2025-01-01",
                      "suspensions": [ { "from": "2025-02-01", "until": "2025-03-01", "note": "lapsed" } ]
                    }
                """);
            count++;
        }

        builder.Append("\n  ]\n}\n");
        return (builder.ToString(), count);
    }
}
