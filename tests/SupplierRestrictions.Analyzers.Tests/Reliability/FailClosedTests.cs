using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Hosting;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>Fail closed: a list the analyzer cannot use fails the build; it never enforces less in silence.</summary>
public sealed class FailClosedTests
{
    private const string Source = """
        class Orders
        {
            object KratosUasClient;
            string s = "Shield AI";
            string c = "Cubic Corporation";
        }
        """;

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, \"entries\": [ ")]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{ \"schemaVersion\": 2, \"entries\": [] }")]
    [InlineData("{ \"schemaVersion\": 1, \"entries\": [] } trailing")]
    public async Task A_list_that_cannot_be_read_is_an_SR0001_error(string list)
    {
        var result = (await AnalyzerHarness.RunAsync(Source, list)).AssertHealthy();

        var unreadable = Assert.Single(result.WithId(DiagnosticIds.ListUnreadable));
        Assert.Equal(DiagnosticSeverity.Error, unreadable.Severity);
        Assert.Equal(AnalyzerHarness.ListPath, unreadable.Location.GetLineSpan().Path);
        Assert.True(result.HasError);
    }

    [Fact]
    public async Task An_invalid_entry_is_SR0002_and_every_valid_entry_is_still_enforced()
    {
        string list = TestLists.With(
            TestLists.Kratos(),
            """    { "id": "BROKEN", "name": "Shield AI", "list": "Test List" }""", // no kind: not enforced, SR0002
            TestLists.Vendor("V-SHIELD", "Shield AI"),
            TestLists.Vendor("V-CUBIC", "Cubic Corporation", """ "suspention": [ { "from": "2025-01-01", "until": "2027-01-01" } ] """));

        var result = (await AnalyzerHarness.RunAsync(Source, list)).AssertHealthy();

        var invalid = result.WithId(DiagnosticIds.EntryInvalid).ToArray();
        Assert.Equal(2, invalid.Length);
        Assert.All(invalid, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(invalid, d => d.GetMessage().Contains("\"kind\"", StringComparison.Ordinal));
        Assert.Contains(invalid, d => d.GetMessage().Contains("suspention", StringComparison.Ordinal));

        // The entries around the broken one, and the misspelt one itself (its typo cannot lift the restriction).
        var enforced = result.WithId(DiagnosticIds.RestrictedVendor).Select(d => d.Properties["EntryId"]).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(new[] { "CN-UEL-2025-07-06", "V-CUBIC", "V-SHIELD" }, enforced);
    }

    [Fact]
    public async Task A_missing_list_is_SR0004()
    {
        var result = (await AnalyzerHarness.RunAsync(
            new[] { AnalyzerHarness.Parse(Source) },
            new[] { new InMemoryAdditionalText("/repo/other.json", "{}"), new InMemoryAdditionalText("/repo/restricted-list.json.bak", "{}") },
            AnalyzerHarness.Globals())).AssertHealthy();

        var noList = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.NoList, noList.Id);
        Assert.Equal(DiagnosticSeverity.Warning, noList.Severity);
        Assert.Equal(Location.None, noList.Location);
    }

    [Fact]
    public async Task A_list_file_the_host_cannot_read_is_an_SR0001_error()
    {
        var result = (await AnalyzerHarness.RunAsync(
            new[] { AnalyzerHarness.Parse(Source) },
            new[] { new InMemoryAdditionalText(AnalyzerHarness.ListPath, (string?)null) },
            AnalyzerHarness.Globals())).AssertHealthy();

        var unreadable = Assert.Single(result.WithId(DiagnosticIds.ListUnreadable));
        Assert.Equal(DiagnosticSeverity.Error, unreadable.Severity);
        Assert.Equal(AnalyzerHarness.ListPath, unreadable.Location.GetLineSpan().Path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.NoList);
    }

    [Fact]
    public async Task An_unreadable_list_fails_the_build_while_a_valid_one_beside_it_still_applies()
    {
        var result = (await AnalyzerHarness.RunAsync(
            new[] { AnalyzerHarness.Parse(Source) },
            new[]
            {
                new InMemoryAdditionalText("/repo/restricted-list.json", TestLists.With(TestLists.Kratos())),
                new InMemoryAdditionalText("/repo/src/app.restricted-list.json", "{ \"schemaVersion\": 1, \"entries\": [ { \"id\": "),
            },
            AnalyzerHarness.Globals())).AssertHealthy();

        var unreadable = Assert.Single(result.WithId(DiagnosticIds.ListUnreadable));
        Assert.Equal(DiagnosticSeverity.Error, unreadable.Severity);
        Assert.Equal("/repo/src/app.restricted-list.json", unreadable.Location.GetLineSpan().Path);
        Assert.Equal("CN-UEL-2025-07-06", Assert.Single(result.WithId(DiagnosticIds.RestrictedVendor)).Properties["EntryId"]);
    }
}
