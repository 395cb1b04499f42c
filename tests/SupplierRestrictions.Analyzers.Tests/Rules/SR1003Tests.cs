using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using static SupplierRestrictions.Analyzers.Tests.Rules.ExemptionTestLists;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR1003: a suspended restriction whose suspension ends within the warning window (until - D &lt; window).</summary>
public sealed class SR1003Tests
{
    private const string ExemptionsPath = "/repo/app.restricted-list.json";

    // Suspended 2025-05-14..2025-08-11 and, as an extension without a gap, 2025-08-12..2026-11-09.
    private static readonly string KratosList = TestLists.With(TestLists.Kratos());

    [Fact]
    public async Task Inside_the_window_is_reported_with_the_end_of_the_suspension()
    {
        await AnalyzerTest.VerifyAsync(
            "class {|#0:KratosUasClient|} { }",
            KratosList,
            "2026-11-01",
            KratosSuspensionEnds(daysLeft: "9", then: "it is enforced again"));
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
            KratosSuspensionEnds(daysLeft: "1", then: "it is enforced again"));
    }

    [Fact]
    public async Task When_an_exemption_covers_the_reference_after_the_suspension_the_message_says_so_and_until_when()
    {
        // The sample on 2026-11-01: the licence for Legacy/ applies from the day the suspension ends.
        var test = WithExemption(Licence("2026-12-15", "\"paths\": [\"Legacy/**/*.cs\"], \"from\": \"2026-01-01\""));
        test.TestState.Sources.Add(("/repo/Legacy/Spares.cs", "class {|#0:KratosUasClient|} { }"));
        test.ExpectedDiagnostics.Add(KratosSuspensionEnds(daysLeft: "9", then: "exemption 'Licence EL-2026-0042' applies until 2026-12-15"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_exemption_starting_the_day_the_suspension_ends_is_named()
    {
        var test = WithExemption(Licence("2026-12-15", "\"from\": \"2026-11-10\""));
        test.TestState.Sources.Add(("/repo/Spares.cs", "class {|#0:KratosUasClient|} { }"));
        test.ExpectedDiagnostics.Add(KratosSuspensionEnds(daysLeft: "9", then: "exemption 'Licence EL-2026-0042' applies until 2026-12-15"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_exemption_ending_before_the_suspension_does_leaves_the_normal_text()
    {
        // Until 2026-11-09, the last suspended day: it never covers the reference in force (and is stale, SR0007).
        string licence = Licence("2026-11-09");
        var test = WithExemption(licence);
        test.TestState.Sources.Add(("/repo/Spares.cs", "class {|#0:KratosUasClient|} { }"));
        test.ExpectedDiagnostics.Add(KratosSuspensionEnds(daysLeft: "9", then: "it is enforced again"));
        test.ExpectedDiagnostics.Add(StaleAt(ExemptionsPath, licence));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_exemption_for_other_paths_leaves_the_normal_text()
    {
        string licence = Licence("2026-12-15", "\"paths\": [\"Legacy/**/*.cs\"]");
        var test = WithExemption(licence);
        test.TestState.Sources.Add(("/repo/Suppliers/Kratos.cs", "class {|#0:KratosUasClient|} { }"));
        test.ExpectedDiagnostics.Add(KratosSuspensionEnds(daysLeft: "9", then: "it is enforced again"));
        test.ExpectedDiagnostics.Add(StaleAt(ExemptionsPath, licence));
        await test.RunAsync();
    }

    [Fact]
    public async Task Not_reported_when_the_entry_is_removed_before_the_suspension_ends()
    {
        // Nothing is enforced again on 2026-11-10: the entry is removed on 2026-11-05.
        await AnalyzerTest.VerifyAsync("class KratosUasClient { }", TestLists.With(TestLists.Kratos("\"removed\": \"2026-11-05\"")), "2026-11-01");
    }

    /// <summary>SR1003 at marker 0 on <c>KratosUasClient</c>, whose suspension ends 2026-11-09 in every test here.</summary>
    private static DiagnosticResult KratosSuspensionEnds(string daysLeft, string then) =>
        Expect.Diagnostic("SR1003").WithLocation(0).WithArguments(
            "KratosUasClient", "vendor", "Kratos Unmanned Aerial Systems, Inc.", "CN-UEL-2025-07-06", "Test List", "2026-11-09", "2026-11-10", daysLeft, then);

    private static AnalyzerTest WithExemption(string exemption)
    {
        var test = new AnalyzerTest { Date = "2026-11-01" };
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", KratosList));
        test.TestState.AdditionalFiles.Add((ExemptionsPath, ExemptionList(exemption)));
        return test;
    }
}
