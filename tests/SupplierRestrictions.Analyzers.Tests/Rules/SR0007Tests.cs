using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using static SupplierRestrictions.Analyzers.Tests.Rules.ExemptionTestLists;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>
/// SR0007: an exemption in effect that exempted nothing in the compilation (stale), unless a reference it covers
/// comes into force before it ends; the message says why it is idle.
/// </summary>
public sealed class SR0007Tests
{
    private const string ExemptionsPath = "/repo/app.restricted-list.json";
    private const string Name = "Licence EL-2026-0042";
    private const string LegacyOnly = "\"paths\": [\"Legacy/**/*.cs\"]";

    // Kratos as in the real list: listed 2025-04-04, suspended until 2026-11-09.
    private static readonly string KratosList = TestLists.With(TestLists.Kratos());

    private static AnalyzerTest Test(string date, string list, string exemption, params (string Path, string Source)[] sources)
    {
        var test = new AnalyzerTest { Date = date };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", list));
        test.TestState.AdditionalFiles.Add((ExemptionsPath, ExemptionList(exemption)));
        return test;
    }

    private static Task Verify(string date, string list, string exemption, string? idleBecause, params (string Path, string Source)[] sources)
    {
        var test = Test(date, list, exemption, sources);
        if (idleBecause is not null)
        {
            test.ExpectedDiagnostics.Add(StaleAt(ExemptionsPath, exemption).WithArguments(Name, idleBecause));
        }

        return test.RunAsync();
    }

    [Fact]
    public async Task Exemption_with_nothing_to_exempt_is_reported_at_the_exemption_saying_no_file_refers_to_its_entry()
    {
        await Verify(
            "2026-11-28",
            KratosList,
            Licence("2027-01-31"),
            "no file refers to CN-UEL-2025-07-06",
            ("/repo/Orders.cs", "class OrdersClient { }"));
    }

    [Fact]
    public async Task A_reference_outside_its_paths_does_not_use_it_and_the_message_names_the_paths()
    {
        await Verify(
            "2026-11-28",
            KratosList,
            Licence("2027-01-31", LegacyOnly),
            "no file in Legacy/**/*.cs refers to CN-UEL-2025-07-06",
            ("/repo/Legacy/Orders.cs", "class OrdersClient { }"),
            ("/repo/Suppliers/Kratos.cs", "class {|SR1001:KratosUasClient|} { }"));
    }

    [Fact]
    public async Task Used_exemption_is_not_stale()
    {
        await Verify("2026-11-28", KratosList, Licence("2027-01-31"), null, ("/repo/Kratos.cs", "class KratosUasClient { }"));
    }

    [Fact]
    public async Task Exemption_not_yet_in_effect_or_ended_is_not_stale()
    {
        var test = new AnalyzerTest { TestCode = "class OrdersClient { }" };
        test.TestState.AdditionalFiles.Add(("/repo/restricted-list.json", KratosList));
        test.TestState.AdditionalFiles.Add((ExemptionsPath, ExemptionList(
            Licence("2027-01-31", "\"from\": \"2027-01-01\""),
            Licence("2026-01-31"))));
        await test.RunAsync();
    }

    [Fact]
    public async Task Exemption_needed_when_the_suspension_of_a_covered_reference_ends_before_its_until_is_not_stale()
    {
        // The sample's case: on 2026-11-01 the covered reference is SR1003; from 2026-11-10 the licence exempts it.
        await Verify(
            "2026-11-01",
            KratosList,
            Licence("2026-12-15", LegacyOnly),
            null,
            ("/repo/Legacy/Kratos.cs", "class {|SR1003:KratosUasClient|} { }"));
    }

    [Fact]
    public async Task A_suspended_reference_outside_its_paths_does_not_make_it_needed()
    {
        await Verify(
            "2026-11-01",
            KratosList,
            Licence("2026-12-15", LegacyOnly),
            "no file in Legacy/**/*.cs refers to CN-UEL-2025-07-06",
            ("/repo/Suppliers/Kratos.cs", "class {|SR1003:KratosUasClient|} { }"));
    }

    [Fact]
    public async Task Exemption_ending_on_or_before_the_last_suspended_day_is_stale_and_one_day_later_is_needed()
    {
        (string, string) reference = ("/repo/Kratos.cs", "class {|SR1003:KratosUasClient|} { }");
        await Verify(
            "2026-11-01",
            KratosList,
            Licence("2026-11-09"),
            "CN-UEL-2025-07-06 stays suspended until 2026-11-09 and the exemption ends on 2026-11-09",
            reference);
        await Verify("2026-11-01", KratosList, Licence("2026-11-10"), null, reference);
    }

    [Fact]
    public async Task Exemption_for_an_entry_listed_by_its_until_is_needed_and_listed_later_is_stale()
    {
        static string ListedOn(string day) => TestLists.With(TestLists.Vendor(
            "CN-UEL-2025-07-06", "Kratos Unmanned Aerial Systems, Inc.", $$""" "aliases": ["Kratos UAS"], "listed": "{{day}}" """));
        (string, string) reference = ("/repo/Kratos.cs", "class KratosUasClient { }");

        await Verify("2026-11-28", ListedOn("2027-01-31"), Licence("2027-01-31"), null, reference);
        await Verify(
            "2026-11-28",
            ListedOn("2027-02-01"),
            Licence("2027-01-31"),
            "CN-UEL-2025-07-06 is listed only from 2027-02-01, after the exemption ends on 2027-01-31",
            reference);
    }

    [Fact]
    public async Task Exemption_for_a_removed_entry_says_when_it_was_removed()
    {
        await Verify(
            "2026-11-28",
            TestLists.With(TestLists.Kratos("\"removed\": \"2026-06-01\"")),
            Licence("2027-01-31"),
            "CN-UEL-2025-07-06 was removed on 2026-06-01",
            ("/repo/Kratos.cs", "class KratosUasClient { }"));
    }

    [Fact]
    public async Task Exemption_for_an_entry_removed_before_its_suspension_ends_is_stale()
    {
        // Suspended on 2026-11-01 and removed on 2026-11-05: never in force again, so never exempted (and no SR1003).
        await Verify(
            "2026-11-01",
            TestLists.With(TestLists.Kratos("\"removed\": \"2026-11-05\"")),
            Licence("2027-01-31"),
            "CN-UEL-2025-07-06 is removed on 2026-11-05 without being in force before",
            ("/repo/Kratos.cs", "class KratosUasClient { }"));
    }

    [Fact]
    public async Task Each_entry_of_an_idle_exemption_gets_its_reason()
    {
        string list = TestLists.With(
            TestLists.Kratos("\"removed\": \"2026-06-01\""),
            TestLists.Vendor("CN-UEL-2025-07-01", "Skydio Inc."),
            TestLists.Vendor("CN-UEL-2025-07-02", "Shield AI"));
        string exemption = """
                { "entries": ["CN-UEL-2025-07-06", "CN-UEL-2025-07-01", "CN-UEL-2025-07-02"], "reason": "maintenance", "reference": "Licence EL-2026-0042", "until": "2027-01-31" }
            """;

        await Verify(
            "2026-11-28",
            list,
            exemption,
            "CN-UEL-2025-07-06 was removed on 2026-06-01, no file refers to CN-UEL-2025-07-01 or CN-UEL-2025-07-02",
            ("/repo/Orders.cs", "class OrdersClient { }"));
    }
}
