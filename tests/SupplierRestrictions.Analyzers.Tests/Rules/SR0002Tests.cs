using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR0002: an entry is invalid; reported at the entry or field; the rest of the list is still enforced.</summary>
public sealed class SR0002Tests
{
    [Fact]
    public async Task Unknown_field_is_reported_at_its_name_and_the_entry_is_still_enforced()
    {
        var test = new AnalyzerTest { TestCode = "class {|SR1001:InsituClient|} { }" };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", """
            {
              "schemaVersion": 1,
              "entries": [
                {
                  "id": "CN-UEL-2025-07-11", "kind": "vendor", "name": "Insitu, Inc.", "listed": "2025-04-04",
                  {|SR0002:"suspention"|}: [ { "from": "2025-05-14", "until": "2027-01-01" } ]
                }
              ]
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Missing_name_is_reported_at_the_entry_and_other_entries_are_still_enforced()
    {
        var test = new AnalyzerTest { TestCode = "class {|SR1001:KratosUasClient|} { }" };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", $$"""
            {
              "schemaVersion": 1,
              "entries": [
                {|SR0002:{|} "id": "X-1", "kind": "vendor" },
            {{TestLists.Kratos()}}
              ]
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Bad_dates_and_inverted_ranges_are_reported_at_the_value()
    {
        var test = new AnalyzerTest { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", """
            {
              "schemaVersion": 1,
              "entries": [
                { "id": "A", "kind": "vendor", "name": "Alpha", "listed": {|SR0002:"2025-02-30"|} },
                { "id": "B", "kind": "vendor", "name": "Beta", "listed": "2025-04-04", "removed": {|SR0002:"2025-04-03"|} },
                { "id": "C", "kind": {|SR0002:"person"|}, "name": "Gamma" },
                { "id": "D", "kind": "vendor", "name": "Delta", "suspensions": [ {|SR0002:{ "from": "2025-06-01", "until": "2025-05-01" }|} ] }
              ]
            }
            """));
        await test.RunAsync();
    }
}
