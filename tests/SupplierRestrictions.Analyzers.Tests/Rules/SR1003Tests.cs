using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR1003: a suspended restriction whose suspension ends within the warning window (until - D &lt; window).</summary>
public sealed class SR1003Tests
{
    // Suspended 2025-05-14..2025-08-11 and, as an extension without a gap, 2025-08-12..2026-11-09.
    private static readonly string KratosList = TestLists.With(TestLists.Kratos());

    [Fact]
    public async Task Inside_the_window_is_reported_with_the_end_of_the_suspension()
    {
        await AnalyzerTest.VerifyAsync(
            "class {|#0:KratosUasClient|} { }",
            KratosList,
            "2026-11-01",
            Expect.Diagnostic("SR1003").WithLocation(0).WithArguments(
                "KratosUasClient", "vendor", "Kratos Unmanned Aerial Systems, Inc.", "CN-UEL-2025-07-06", "Test List", "2026-11-09", "2026-11-10", "9"));
    }

    [Fact]
    public async Task At_the_edge_of_the_window()
    {
        // until - D = 30: outside the default window of 30 days; 29: inside.
        await AnalyzerTest.VerifyAsync("class KratosUasClient { }", KratosList, "2026-10-10");
        await AnalyzerTest.VerifyAsync("class {|SR1003:KratosUasClient|} { }", KratosList, "2026-10-11");
    }

    [Fact]
    public async Task The_window_follows_SupplierRestrictionsWarningDays()
    {
        var test = new AnalyzerTest { TestCode = "class {|SR1003:KratosUasClient|} { }", Date = "2026-09-01" };
        test.SetProperty("SupplierRestrictionsWarningDays", "90");
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", KratosList));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_chain_of_suspensions_warns_before_the_end_of_the_chain_not_of_the_first_link()
    {
        // 2025-08-01 is 10 days before the first link ends, but the extension continues it without a gap.
        await AnalyzerTest.VerifyAsync("class KratosUasClient { }", KratosList, "2025-08-01");
    }

    [Fact]
    public async Task Last_day_of_the_suspension_is_still_suspended()
    {
        await AnalyzerTest.VerifyAsync(
            "class {|#0:KratosUasClient|} { }",
            KratosList,
            "2026-11-09",
            Expect.Diagnostic("SR1003").WithLocation(0).WithArguments(
                "KratosUasClient", "vendor", "Kratos Unmanned Aerial Systems, Inc.", "CN-UEL-2025-07-06", "Test List", "2026-11-09", "2026-11-10", "1"));
    }
}
