using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR1004: the compilation references an assembly listed under <c>assemblies</c> of an entry in force.</summary>
public sealed class SR1004Tests
{
    private static string ListWith(string extra) => TestLists.With(TestLists.Vendor(
        "CN-UEL-2025-07-06",
        "Kratos Unmanned Aerial Systems, Inc.",
        $$""" "assemblies": ["kratos.uas.sdk"], "listed": "2025-04-04"{{extra}} """));

    private static AnalyzerTest Test(string list, string date = AnalyzerTest.DefaultDate)
    {
        var test = new AnalyzerTest { TestCode = "class Orders { }", Date = date };
        test.TestState.AdditionalReferences.Add(VendorSdk.Reference);
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", list));
        return test;
    }

    [Fact]
    public async Task Referenced_assembly_is_reported_once_naming_assembly_and_list()
    {
        var test = Test(ListWith(string.Empty));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR1004").WithArguments(
            "Kratos.Uas.Sdk", "Kratos Unmanned Aerial Systems, Inc.", "CN-UEL-2025-07-06", "Test List", "in force since 2025-04-04"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Not_reported_while_suspended_or_before_listing()
    {
        await Test(ListWith(""", "suspensions": [ { "from": "2025-05-14", "until": "2026-11-09" } ]"""), "2025-06-01").RunAsync();
        await Test(ListWith(string.Empty), "2025-04-03").RunAsync();
    }

    [Fact]
    public async Task An_exemption_for_all_files_covers_it_and_is_not_stale()
    {
        var test = Test(ListWith(string.Empty));
        test.TestState.AdditionalFiles.Add(("/src/app.restricted-list.json", """
            { "schemaVersion": 1, "exemptions": [ { "entries": ["CN-UEL-2025-07-06"], "reason": "licensed", "until": "2027-06-30" } ] }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_exemption_for_all_files_is_needed_when_the_assemblys_entry_comes_out_of_suspension_before_it_ends()
    {
        // Suspended on 2026-11-01, in force from 2026-11-10 while the exemption applies: not stale (SR0007).
        var test = Test(ListWith(""", "suspensions": [ { "from": "2025-05-14", "until": "2026-11-09" } ]"""), "2026-11-01");
        test.TestState.AdditionalFiles.Add(("/src/app.restricted-list.json", """
            { "schemaVersion": 1, "exemptions": [ { "entries": ["CN-UEL-2025-07-06"], "reason": "licensed", "until": "2027-06-30" } ] }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unlisted_assembly_is_not_reported()
    {
        var test = new AnalyzerTest { TestCode = "class Orders { }" };
        test.TestState.AdditionalReferences.Add(VendorSdk.Compile("Kratos.Uas.SdkExtras", "namespace Extras { public class A { } }"));
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", ListWith(string.Empty)));
        await test.RunAsync();
    }
}
