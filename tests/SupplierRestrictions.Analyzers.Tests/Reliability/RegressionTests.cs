using System.Diagnostics;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>Crashes, silent passes and runaway costs found while fuzzing, each pinned by the smallest input that showed it.</summary>
public sealed class RegressionTests
{
    private readonly ITestOutputHelper _output;

    public RegressionTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// A <c>//</c> comment ends at any line break. With CR-only line endings (or U+2028) the reader used to run the
    /// comment on to the next LF and swallow the entry after it: no entry, no error.
    /// </summary>
    [Theory]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Line_comment_ends_at_every_line_break(string lineBreak)
    {
        string text = "{ \"schemaVersion\": 1, \"entries\": [ // the vendor" + lineBreak + "{ \"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\" }\n] }";

        var parsed = ParsedListFile.Parse(text);

        bool hasError = parsed.Diagnostics.Any(d => d.Id is ListDiagnosticIds.Unreadable or ListDiagnosticIds.InvalidEntry);
        Assert.True(parsed.Entries.Count == 1 || hasError, $"entries: {parsed.Entries.Count}, diagnostics: {string.Join("; ", parsed.Diagnostics)}");
        if (lineBreak == "\r")
        {
            Assert.Equal("V-1", Assert.Single(parsed.Entries).Id);
        }
    }

    /// <summary>
    /// "Enforced again from the day after until": for a suspension or exemption until 9999-12-31 that day is past
    /// DateTime's range, and formatting the message threw (in the compiler, when it prints the diagnostic).
    /// </summary>
    [Fact]
    public async Task Messages_format_for_a_suspension_and_an_exemption_ending_9999_12_31()
    {
        string list = TestLists.With(
            TestLists.Vendor("V-1", "Kratos UAS", """ "suspensions": [ { "from": "2025-01-01", "until": "9999-12-31" } ] """),
            TestLists.Vendor("V-2", "Shield AI"))
            .Replace("\n  ]\n}", "\n  ],\n  \"exemptions\": [ { \"entries\": [\"V-2\"], \"reason\": \"licence\", \"until\": \"9999-12-31\" } ]\n}", StringComparison.Ordinal);

        var result = await AnalyzerHarness.RunAsync("class C { string a = \"Kratos UAS\"; string b = \"Shield AI\"; }", list, AnalyzerHarness.Globals("9999-12-20"));

        result.AssertHealthy();
        Assert.Contains("10000-01-01", Assert.Single(result.WithId(DiagnosticIds.SuspensionEndsSoon)).GetMessage(), StringComparison.Ordinal);
        Assert.Contains("10000-01-01", Assert.Single(result.WithId(DiagnosticIds.ExemptionEndsSoon)).GetMessage(), StringComparison.Ordinal);
    }
}
