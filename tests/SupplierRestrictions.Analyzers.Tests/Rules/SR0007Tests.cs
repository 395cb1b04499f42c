using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using static SupplierRestrictions.Analyzers.Tests.Rules.ExemptionTestLists;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR0007: an exemption in effect that exempted nothing in the compilation (stale).</summary>
public sealed class SR0007Tests
{
    [Fact]
    public async Task Exemption_with_nothing_to_exempt_is_reported_at_the_exemption()
    {
        var test = new AnalyzerTest { TestCode = "class OrdersClient { }" };
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", TestLists.With(TestLists.Kratos())));
        test.TestState.AdditionalFiles.Add(("/repo/app.restricted-list.json", ExemptionList(Licence("2027-01-31"))));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("SR0007").WithSpan("/repo/app.restricted-list.json", 4, 5, 4, 145).WithArguments("Licence EL-2026-0042"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Used_exemption_is_not_stale()
    {
        var test = new AnalyzerTest { TestCode = "class KratosUasClient { }" };
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", TestLists.With(TestLists.Kratos())));
        test.TestState.AdditionalFiles.Add(("/repo/app.restricted-list.json", ExemptionList(Licence("2027-01-31"))));
        await test.RunAsync();
    }

    [Fact]
    public async Task Exemption_not_yet_in_effect_or_ended_is_not_stale()
    {
        var test = new AnalyzerTest { TestCode = "class OrdersClient { }" };
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", TestLists.With(TestLists.Kratos())));
        test.TestState.AdditionalFiles.Add(("/repo/app.restricted-list.json", ExemptionList(
            Licence("2027-01-31", "\"from\": \"2027-01-01\""),
            Licence("2026-01-31"))));
        await test.RunAsync();
    }
}
