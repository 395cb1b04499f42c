using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR0004: the package is installed but no list was found: reported once for the project.</summary>
public sealed class SR0004Tests
{
    [Fact]
    public async Task No_list_file_is_reported_once_and_nothing_is_matched()
    {
        var test = new AnalyzerTest { TestCode = "class KratosUasClient { }" };
        test.TestState.AdditionalFiles.Add(("/src/notes.json", "{}"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR0004"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_message_gives_the_simplest_fix_first()
    {
        var test = new AnalyzerTest { TestCode = "class C { }" };
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR0004").WithMessage(
            "SupplierRestrictions.Analyzers is installed but no restriction list was found; nothing is enforced. "
            + "Put restricted-list.json in the project's folder or any folder above it, or set SupplierRestrictionsListPath, "
            + "or add a *.restricted-list.json as an AdditionalFile."));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("/src/restricted-list.json")]
    [InlineData("/src/RESTRICTED-LIST.JSON")]
    [InlineData("/src/app.restricted-list.json")]
    public async Task Any_list_file_name_counts(string path)
    {
        var test = new AnalyzerTest { TestCode = "class {|SR1001:KratosUasClient|} { }" };
        test.TestState.AdditionalFiles.Add((path, TestLists.With(TestLists.Kratos())));
        await test.RunAsync();
    }
}
