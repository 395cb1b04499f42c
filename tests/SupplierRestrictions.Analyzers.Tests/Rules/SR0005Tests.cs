using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR0005: an invalid SupplierRestrictions* property value, never a silent fallback.</summary>
public sealed class SR0005Tests
{
    [Theory]
    [InlineData("SupplierRestrictionsDate", "2026-13-01")]
    [InlineData("SupplierRestrictionsDate", "28/11/2026")]
    [InlineData("SupplierRestrictionsDate", "2026-02-29")]
    [InlineData("SupplierRestrictionsWarningDays", "-1")]
    [InlineData("SupplierRestrictionsWarningDays", "thirty")]
    [InlineData("SupplierRestrictionsScanComments", "yes")]
    public async Task Invalid_value_is_reported(string property, string value)
    {
        var test = new AnalyzerTest { TestCode = "class C { }" };
        test.SetProperty(property, value);
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", TestLists.With(TestLists.Kratos())));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR0005"));
        test.DiagnosticVerifier = (diagnostic, _, _) =>
            Assert.StartsWith($"{property} '{value}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await test.RunAsync();
    }

    [Fact]
    public async Task Empty_date_means_absent_and_the_clock_is_used()
    {
        var test = new AnalyzerTest { TestCode = "class C { }", Date = " " };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", TestLists.With(TestLists.Kratos())));
        await test.RunAsync();
    }
}
