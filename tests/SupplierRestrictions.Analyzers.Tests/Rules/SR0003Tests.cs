using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR0003: a duplicate entry id across list files, at the later one (ordinal path order), the first as additional location.</summary>
public sealed class SR0003Tests
{
    [Fact]
    public async Task Later_duplicate_in_path_order_is_reported_with_the_first_as_additional_location()
    {
        var test = new AnalyzerTest { TestCode = "class C { }" };

        // Added in reverse path order on purpose: the result must follow path order, not MSBuild's order.
        test.TestState.AdditionalFiles.Add(("/src/b.restricted-list.json", """
            { "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Betanix" } ] }
            """));
        test.TestState.AdditionalFiles.Add(("/src/a.restricted-list.json", """
            { "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Alvarex" } ] }
            """));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR0003")
            .WithSpan("/src/b.restricted-list.json", 1, 44, 1, 49)
            .WithSpan("/src/a.restricted-list.json", 1, 44, 1, 49));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_first_entry_is_the_one_enforced()
    {
        var test = new AnalyzerTest { TestCode = "class {|SR1001:AlvarexClient|} { BetanixClient b; }" };
        test.TestState.AdditionalFiles.Add(("/src/b.restricted-list.json", """
            { "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Betanix" } ] }
            """));
        test.TestState.AdditionalFiles.Add(("/src/a.restricted-list.json", """
            { "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Alvarex" } ] }
            """));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR0003").WithSpan("/src/b.restricted-list.json", 1, 44, 1, 49).WithSpan("/src/a.restricted-list.json", 1, 44, 1, 49));
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        await test.RunAsync();
    }
}
