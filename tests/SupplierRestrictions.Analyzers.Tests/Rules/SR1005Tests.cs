using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using static SupplierRestrictions.Analyzers.Tests.Rules.ExemptionTestLists;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>
/// Exemptions (docs/contract.md §7): SR1001/SR1002 are not reported while one applies; SR1005 inside the warning window;
/// after <c>until</c> the restriction is reported again, naming the exemption that ended.
/// </summary>
public sealed class SR1005Tests
{
    private static readonly string KratosList = TestLists.With(TestLists.Kratos());

    private static Task Verify(string date, string exemptions, params (string Path, string Source)[] sources)
    {
        var test = new AnalyzerTest { Date = date };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", KratosList));
        test.TestState.AdditionalFiles.Add(("/repo/src/app.restricted-list.json", exemptions));
        return test.RunAsync();
    }

    [Fact]
    public async Task Exemption_for_all_files_hides_the_reference_outside_the_window()
    {
        await Verify("2026-11-28", ExemptionList(Licence("2027-01-31")), ("/repo/src/A.cs", "class KratosUasClient { }"));
    }

    [Fact]
    public async Task Inside_the_window_the_exempted_reference_is_SR1005()
    {
        await Verify("2027-01-02", ExemptionList(Licence("2027-01-31")), ("/repo/src/A.cs", "class {|SR1005:KratosUasClient|} { }"));
    }

    [Fact]
    public async Task At_the_edge_of_the_window()
    {
        // until - D = 30 is outside the default window; 29 is inside.
        await Verify("2027-01-01", ExemptionList(Licence("2027-01-31")), ("/repo/src/A.cs", "class KratosUasClient { }"));
        await Verify("2027-01-02", ExemptionList(Licence("2027-01-31")), ("/repo/src/A.cs", "class {|SR1005:KratosUasClient|} { }"));
    }

    [Fact]
    public async Task On_until_it_still_applies_and_the_day_after_SR1001_returns_naming_the_exemption()
    {
        await Verify("2027-01-31", ExemptionList(Licence("2027-01-31")), ("/repo/src/A.cs", "class {|SR1005:KratosUasClient|} { }"));

        var test = new AnalyzerTest { Date = "2027-02-01" };
        test.TestState.Sources.Add(("/repo/src/A.cs", "class {|#0:KratosUasClient|} { }"));
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", KratosList));
        test.TestState.AdditionalFiles.Add(("/repo/src/app.restricted-list.json", ExemptionList(Licence("2027-01-31"))));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR1001").WithLocation(0).WithArguments(
            "KratosUasClient",
            "Kratos Unmanned Aerial Systems, Inc.",
            "CN-UEL-2025-07-06",
            "Test List",
            "in force since 2025-04-04; suspension ended 2026-11-09; exemption 'Licence EL-2026-0042' ended 2027-01-31"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Before_from_it_does_not_apply_and_on_from_it_does()
    {
        string exemption = ExemptionList(Licence("2027-06-30", "\"from\": \"2026-12-01\""));
        await Verify("2026-11-30", exemption, ("/repo/src/A.cs", "class {|SR1001:KratosUasClient|} { }"));
        await Verify("2026-12-01", exemption, ("/repo/src/A.cs", "class KratosUasClient { }"));
    }

    [Fact]
    public async Task A_glob_covers_the_files_it_matches_relative_to_its_list_file_and_not_others()
    {
        string exemption = ExemptionList(Licence("2027-06-30", """ "paths": ["Legacy/**/*.cs"] """));
        await Verify(
            "2026-11-28",
            exemption,
            ("/repo/src/Legacy/Drones/A.cs", "class KratosUasClient { }"),
            ("/repo/src/Legacy/B.cs", "class KratosUasRepository { }"),
            ("/repo/src/Current/C.cs", "class {|SR1001:KratosUasGateway|} { }"));
    }

    [Fact]
    public async Task Backslashes_in_globs_and_paths_are_accepted()
    {
        string exemption = ExemptionList(Licence("2027-06-30", """ "paths": ["Legacy\\*.cs"] """));
        await Verify("2026-11-28", exemption, ("/repo/src/Legacy/A.cs", "class KratosUasClient { }"), ("/repo/src/B.cs", "class {|SR1001:KratosUasGateway|} { }"));
    }

    [Fact]
    public async Task Of_two_exemptions_for_the_same_entry_the_one_ending_later_wins()
    {
        string exemptions = ExemptionList(
            Licence("2026-12-01"),
            """
                { "entries": ["CN-UEL-2025-07-06"], "reason": "renewed", "reference": "Licence EL-2026-0099", "until": "2027-12-31" }
            """);

        // The first alone would put 2026-11-28 in its warning window (SR1005); the later one keeps it quiet.
        var test = new AnalyzerTest { Date = "2026-11-28" };
        test.TestState.Sources.Add(("/repo/src/A.cs", "class KratosUasClient { }"));
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", KratosList));
        test.TestState.AdditionalFiles.Add(("/repo/src/app.restricted-list.json", exemptions));

        // The shorter licence is redundant while the later one applies: it exempted nothing itself.
        test.ExpectedDiagnostics.Add(StaleAt("/repo/src/app.restricted-list.json", Licence("2026-12-01")).WithArguments(
            "Licence EL-2026-0042", "CN-UEL-2025-07-06 is exempted by 'Licence EL-2026-0099' (until 2027-12-31) instead"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_exemption_covers_only_its_entries()
    {
        string list = TestLists.With(TestLists.Kratos(), TestLists.Vendor("CN-UEL-2025-07-01", "Skydio Inc."));
        var test = new AnalyzerTest { Date = "2026-11-28" };
        test.TestState.Sources.Add(("/repo/src/A.cs", "class KratosUasClient { {|SR1001:SkydioClient|} s; }"));
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", list));
        test.TestState.AdditionalFiles.Add(("/repo/src/app.restricted-list.json", ExemptionList(Licence("2027-06-30"))));
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        await test.RunAsync();
    }
}
