using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using static SupplierRestrictions.Analyzers.Tests.Rules.ExemptionTestLists;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR0006: an invalid exemption, reported at the exemption; it exempts nothing.</summary>
public sealed class SR0006Tests
{
    private static Task Verify(string source, string exemptions)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", TestLists.With(TestLists.Kratos())));
        test.TestState.AdditionalFiles.Add(("/repo/app.restricted-list.json", exemptions));
        return test.RunAsync();
    }

    [Fact]
    public async Task Unknown_entry_id_is_reported_and_the_entry_itself_is_still_enforced()
    {
        await Verify(
            "class {|SR1001:KratosUasClient|} { }",
            ExemptionList("""
                { "entries": [{|SR0006:"CN-UEL-2025-07-66"|}], "reason": "typo in the id", "until": "2027-01-31" }
            """));
    }

    [Fact]
    public async Task Missing_reason_and_until_are_reported_and_nothing_is_exempted()
    {
        await Verify(
            "class {|SR1001:KratosUasClient|} { }",
            ExemptionList("""
                {|SR0006:{|} "entries": ["CN-UEL-2025-07-06"], "until": "2027-01-31" },
                {|SR0006:{|} "entries": ["CN-UEL-2025-07-06"], "reason": "forever?" }
            """));
    }

    [Fact]
    public async Task Bad_glob_and_bad_date_are_reported_at_the_value()
    {
        await Verify(
            "class {|SR1001:KratosUasClient|} { }",
            ExemptionList("""
                { "entries": ["CN-UEL-2025-07-06"], "reason": "r", "until": "2027-01-31", "paths": [{|SR0006:"src/{a,b}/*.cs"|}] },
                { "entries": ["CN-UEL-2025-07-06"], "reason": "r", "until": {|SR0006:"31.01.2027"|} }
            """));
    }
}
