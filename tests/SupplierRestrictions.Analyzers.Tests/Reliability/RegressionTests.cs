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
}
