using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>
/// <c>domains</c> (docs/contract.md §5): a host in a literal (or a comment, when scanned) is reported as SR1001/SR1002
/// at the literal, with the same status and exemption rules as a name.
/// </summary>
public sealed class DomainReferenceTests
{
    private static string List(string extra = "") => TestLists.With(
        TestLists.Vendor("US-SKYDIO", "Northwind Aerial Robotics", $$""" "domains": ["skydio.com"], "listed": "2025-04-04"{{extra}} """),
        TestLists.Material("EU-NEODYMIUM", "Neodymium magnet", """ "domains": ["magnets.example"] """));

    [Fact]
    public async Task Url_email_and_bare_host_literals_are_reported_at_the_literal()
    {
        const string source = """"
            class Fleet
            {
                const string Api = {|SR1001:"https://api.skydio.com/v1/fleet"|};
                const string Orders = {|SR1001:"orders@skydio.com"|};
                static System.ReadOnlySpan<byte> Host => {|SR1001:"skydio.com"u8|};
                string Url(int id) => $"{|SR1001:https://fleet.skydio.com/drones/|}{id}";
                const string Raw = {|SR1001:"""
                    GET / HTTP/1.1
                    Host: skydio.com
                    """|};
                const string Magnets = {|SR1002:"https://shop.magnets.example"|};
            }
            """";
        await AnalyzerTest.VerifyAsync(source, List());
    }

    [Fact]
    public async Task Hosts_that_only_contain_the_domain_and_identifiers_are_not_reported()
    {
        const string source = """
            class Fleet
            {
                const string A = "https://notskydio.com";
                const string B = "https://skydio.com.evil.example/";
                const string C = "skydio.community";
                int skydio_com;
            }
            """;
        await AnalyzerTest.VerifyAsync(source, List());
    }

    [Fact]
    public async Task The_message_names_the_entry_like_a_name_reference()
    {
        const string source = """class Fleet { const string Api = {|#0:"https://api.skydio.com"|}; }""";
        await AnalyzerTest.VerifyAsync(source, List(), Expect.Diagnostic("SR1001").WithLocation(0)
            .WithArguments("\"https://api.skydio.com\"", "Northwind Aerial Robotics", "US-SKYDIO", "Test List", "in force since 2025-04-04"));
    }

    [Fact]
    public async Task Not_reported_before_listed_nor_while_suspended_and_SR1003_near_the_suspensions_end()
    {
        const string source = """class Fleet { const string Api = "https://api.skydio.com"; }""";
        await AnalyzerTest.VerifyAsync(source, List(), "2025-04-03");
        await AnalyzerTest.VerifyAsync(source, List(""", "suspensions": [ { "from": "2026-01-01", "until": "2027-06-30" } ]"""));

        const string marked = """class Fleet { const string Api = {|SR1003:"https://api.skydio.com"|}; }""";
        await AnalyzerTest.VerifyAsync(marked, List(""", "suspensions": [ { "from": "2026-01-01", "until": "2026-12-10" } ]"""));
    }

    [Fact]
    public async Task An_exemption_covers_a_domain_reference()
    {
        var test = new AnalyzerTest { TestCode = """class Fleet { const string Api = "https://api.skydio.com"; }""" };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", List()));
        test.TestState.AdditionalFiles.Add(("/src/app.restricted-list.json", """
            { "schemaVersion": 1, "exemptions": [ { "entries": ["US-SKYDIO"], "reason": "licensed", "until": "2027-06-30" } ] }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Comments_are_matched_only_when_scanned()
    {
        const string plain = """
            // Endpoint: https://api.skydio.com
            class Fleet { }
            """;
        await AnalyzerTest.VerifyAsync(plain, List());

        var test = new AnalyzerTest { TestCode = """
            {|SR1001:// Endpoint: https://api.skydio.com|}
            class Fleet { }
            """ };
        test.SetProperty(BuildProperties.ScanComments, "true");
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", List()));
        await test.RunAsync();
    }
}
