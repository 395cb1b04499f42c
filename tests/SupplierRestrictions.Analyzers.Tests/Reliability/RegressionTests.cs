using System.Diagnostics;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Hosting;
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

        bool hasError = parsed.Diagnostics.Any(d => d.Id is DiagnosticIds.ListUnreadable or DiagnosticIds.EntryInvalid);
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

    /// <summary>
    /// Exemption globs were matched by backtracking recursion: a glob of many <c>**</c> folders, or many <c>*</c>
    /// in a name, took exponential time on a deep path or a long file name (the build hung at the first restricted
    /// reference).
    /// </summary>
    [Fact]
    public async Task Exemption_globs_match_in_bounded_time()
    {
        string manyFolders = string.Concat(Enumerable.Repeat("**/", 40)) + "nomatch.cs";
        string manyStars = string.Concat(Enumerable.Repeat("*a", 20)) + "*b.cs";
        string longGlob = string.Concat(Enumerable.Repeat("*a", 50_000)) + ".cs";
        string list = TestLists.With(TestLists.Vendor("V-1", "Kratos UAS"))
            .Replace("\n  ]\n}", $"\n  ],\n  \"exemptions\": [ {{ \"entries\": [\"V-1\"], \"reason\": \"licence\", \"until\": \"2027-01-31\", \"paths\": [\"{manyFolders}\", \"{manyStars}\", \"{longGlob}\"] }} ]\n}}", StringComparison.Ordinal);
        string deepPath = "/repo/" + string.Concat(Enumerable.Repeat("a/", 14)) + new string('a', 60) + ".cs";

        var stopwatch = Stopwatch.StartNew();
        var run = Task.Run(() => AnalyzerHarness.RunAsync(
            new[] { AnalyzerHarness.Parse("class KratosUasClient { }", deepPath) },
            new[] { new InMemoryAdditionalText(AnalyzerHarness.ListPath, list) },
            AnalyzerHarness.Globals()));

        // Only a hang detector (TimeoutException): the run takes milliseconds.
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
        _output.WriteLine($"pathological exemption globs on a deep path: {stopwatch.ElapsedMilliseconds} ms");
        result.AssertHealthy();
        Assert.Single(result.WithId(DiagnosticIds.RestrictedVendor));
        Assert.Single(result.WithId(DiagnosticIds.ExemptionStale));
    }

    [Theory]
    [InlineData("src/**/*.cs", "/repo/src/a/b/C.cs", true)]
    [InlineData("src/**/*.cs", "/repo/src/C.cs", true)]
    [InlineData("src/**/*.cs", "/repo/lib/C.cs", false)]
    [InlineData("**/*.cs", "/repo/C.cs", true)]
    [InlineData("**", "/repo/x/y/z", true)]
    [InlineData("a/**/b/**/c/*.cs", "/repo/a/x/b/c/D.cs", true)]
    [InlineData("a/**/b/**/c/*.cs", "/repo/a/b/y/z/c/D.cs", true)]
    [InlineData("a/**/b/**/c/*.cs", "/repo/a/c/D.cs", false)]
    [InlineData("*a*a*b.cs", "/repo/xaya_b.cs", true)]
    [InlineData("*a*a*b.cs", "/repo/xayb.cs", false)]
    [InlineData("?x*.cs", "/repo/AXe.CS", true)]
    [InlineData("?x*.cs", "/repo/x.cs", false)]
    [InlineData("*.cs", "/repo/sub/A.cs", false)]
    [InlineData("../other/*.cs", "/other/A.cs", true)]
    public void Globs_keep_their_meaning(string glob, string path, bool expected)
    {
        Assert.Equal(expected, PathGlob.Create("/repo", glob).IsMatch(path));
    }
}
