using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR0001: a list file cannot be read; reported in the list file at the line and column, as an error.</summary>
public sealed class SR0001Tests
{
    [Fact]
    public async Task Malformed_json_is_reported_at_the_offending_character()
    {
        var test = new AnalyzerTest { TestCode = "class KratosUasClient { }" };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", """
            {
              "schemaVersion": 1,
              "entries": [
                { "id": "A", "kind": "vendor" "name": "Kratos UAS" }
              ]
            }
            """));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR0001").WithSpan("/src/restricted-list.json", 4, 35, 4, 36));
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_schema_version_is_reported_at_the_value()
    {
        var test = new AnalyzerTest { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", """
            { "schemaVersion": {|SR0001:2|}, "entries": [] }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Wrong_root_shape_is_reported()
    {
        var test = new AnalyzerTest { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", """{|SR0001:[ { "id": "A" } ]|}"""));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_broken_file_does_not_stop_valid_entries_of_another_file()
    {
        var test = new AnalyzerTest { TestCode = "class {|SR1001:KratosUasClient|} { }" };
        test.TestState.AdditionalFiles.Add(("/src/a.restricted-list.json", "{ \"schemaVersion\": 1, \"entries\": [ {|SR0001:|}"));
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", TestLists.With(TestLists.Kratos())));
        await test.RunAsync();
    }

    [Fact]
    public void Is_an_error_so_a_broken_list_fails_the_build()
    {
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, Descriptors.ListUnreadable.DefaultSeverity);
    }
}
