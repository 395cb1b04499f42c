using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>
/// SR1006: a resolved NuGet package of the project (the package file the MSBuild targets write) matches <c>packages</c>
/// of an entry in force. The package file is given in memory, as the targets would write it.
/// </summary>
public sealed class SR1006Tests
{
    private const string PackagesPath = "/src/obj/Release/net10.0/SupplierRestrictions.packages.txt";

    private const string Packages = """
        # the NuGet packages restore resolved for this project: id, version, direct or transitive
        Fleet.Telemetry	1.0.0	direct
        Skydio.Sdk	2.1.0	transitive
        Newtonsoft.Json	13.0.3	transitive

        """;

    private static string ListWith(string packages, string extra = "") => TestLists.With(TestLists.Vendor(
        "US-SKYDIO",
        "Skydio, Inc.",
        $$""" "packages": [{{packages}}], "listed": "2025-04-04"{{extra}} """));

    private static AnalyzerTest Test(string list, string packages = Packages, string date = AnalyzerTest.DefaultDate)
    {
        var test = new AnalyzerTest { TestCode = "class Orders { }", Date = date };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", list));
        test.TestState.AdditionalFiles.Add((PackagesPath, packages));
        return test;
    }

    private static DiagnosticResult Expected(string id, string version, string use, string entryId = "US-SKYDIO", string name = "Skydio, Inc.") =>
        Expect.Diagnostic("SR1006").WithArguments(id, version, use, "vendor", name, entryId, "Test List", "in force since 2025-04-04");

    [Fact]
    public async Task A_transitive_package_matched_by_a_prefix_is_reported_once_with_version_and_use()
    {
        var test = Test(ListWith("\"skydio.*\""));
        test.ExpectedDiagnostics.Add(Expected("Skydio.Sdk", "2.1.0", "transitive"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_direct_package_matched_exactly_and_case_insensitively_is_reported_as_direct()
    {
        var test = Test(ListWith("\"FLEET.TELEMETRY\""));
        test.ExpectedDiagnostics.Add(Expected("Fleet.Telemetry", "1.0.0", "direct"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_package_that_matches_no_pattern_is_not_reported()
    {
        await Test(ListWith("\"Skydio\", \"Skydio.Sdk.*\", \"Skydio.Sdk2\"")).RunAsync();
        await Test(ListWith("\"Skydio.*\""), packages: "Fleet.Telemetry\t1.0.0\tdirect\n").RunAsync();
    }

    [Fact]
    public async Task Not_reported_before_listed_while_suspended_or_after_removal()
    {
        await Test(ListWith("\"Skydio.Sdk\""), date: "2025-04-03").RunAsync();
        await Test(ListWith("\"Skydio.Sdk\"", """, "suspensions": [ { "from": "2026-11-01", "until": "2026-12-10" } ]""")).RunAsync();
        await Test(ListWith("\"Skydio.Sdk\"", """, "removed": "2026-01-01" """)).RunAsync();
    }

    [Fact]
    public async Task Reported_again_the_day_after_a_suspension_ends_with_the_end_in_the_message()
    {
        var test = Test(ListWith("\"Skydio.Sdk\"", """, "suspensions": [ { "from": "2026-01-01", "until": "2026-11-27" } ]"""));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR1006").WithArguments(
            "Skydio.Sdk", "2.1.0", "transitive", "vendor", "Skydio, Inc.", "US-SKYDIO", "Test List", "in force since 2025-04-04; suspension ended 2026-11-27"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_exemption_without_paths_covers_it_and_is_not_stale()
    {
        var test = Test(ListWith("\"Skydio.Sdk\""));
        test.TestState.AdditionalFiles.Add(("/src/app.restricted-list.json", """
            { "schemaVersion": 1, "exemptions": [ { "entries": ["US-SKYDIO"], "reason": "licensed", "until": "2027-06-30" } ] }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_exemption_for_some_files_does_not_cover_a_package()
    {
        var test = Test(ListWith("\"Skydio.Sdk\""));
        test.TestState.AdditionalFiles.Add(("/src/app.restricted-list.json", """
            { "schemaVersion": 1, "exemptions": [ {|SR0007:{ "entries": ["US-SKYDIO"], "paths": ["Legacy/**"], "reason": "licensed", "until": "2027-06-30" }|} ] }
            """));
        test.ExpectedDiagnostics.Add(Expected("Skydio.Sdk", "2.1.0", "transitive"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Each_matching_entry_is_reported_once_even_when_the_package_is_written_twice()
    {
        var list = TestLists.With(
            TestLists.Vendor("US-SKYDIO", "Skydio, Inc.", """ "packages": ["Skydio.*", "Skydio.Sdk"], "listed": "2025-04-04" """),
            TestLists.Vendor("US-PARTNER", "Partner Corp", """ "packages": ["skydio.sdk"], "listed": "2025-04-04" """));
        var test = Test(list, Packages + "skydio.sdk\t\tdirect\n");
        test.ExpectedDiagnostics.Add(Expected("Skydio.Sdk", "2.1.0", "direct"));
        test.ExpectedDiagnostics.Add(Expected("Skydio.Sdk", "2.1.0", "direct", "US-PARTNER", "Partner Corp"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_package_without_a_known_version_says_so()
    {
        var test = Test(ListWith("\"Skydio.Sdk\""), "Skydio.Sdk\t\ttransitive\n");
        test.ExpectedDiagnostics.Add(Expected("Skydio.Sdk", "(version unknown)", "transitive"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_malformed_line_is_SR0001_at_the_line_and_the_other_lines_still_count()
    {
        var test = Test(ListWith("\"Skydio.Sdk\""), """
            Fleet.Telemetry	1.0.0	direct
            {|SR0001:Skydio.Sdk 2.1.0 transitive|}
            Skydio.Sdk	2.1.0	transitive
            {|SR0001:Vendor.Tools	1.0	sometimes|}
            """);
        test.ExpectedDiagnostics.Add(Expected("Skydio.Sdk", "2.1.0", "transitive"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_package_file_or_without_packages_in_the_list_nothing_is_reported()
    {
        var noFile = new AnalyzerTest { TestCode = "class Orders { }" };
        noFile.TestState.AdditionalFiles.Add(("/src/restricted-list.json", ListWith("\"Skydio.Sdk\"")));
        await noFile.RunAsync();

        // The file is not even read when no entry lists packages, so its malformed line is not reported either.
        await Test(TestLists.With(TestLists.Vendor("US-SKYDIO", "Skydio, Inc.")), "not a package line\n").RunAsync();
    }
}
