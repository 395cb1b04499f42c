using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>
/// SR1001 through <c>symbols</c> (docs/contract.md §5): any use of a type or member under a listed namespace, whatever the
/// spelling at the use site, reported once at the narrowest token.
/// </summary>
public sealed class SymbolReferenceTests
{
    private static readonly string List = TestLists.With(TestLists.Vendor(
        "CN-UEL-2025-07-06",
        "Kratos Unmanned Aerial Systems, Inc.",
        """ "symbols": ["Kratos.Uas"], "listed": "2025-04-04" """));

    private static Task Verify(string source, string date = AnalyzerTest.DefaultDate, string? list = null)
    {
        var test = new AnalyzerTest { TestCode = source, Date = date };
        test.TestState.AdditionalReferences.Add(VendorSdk.Reference);
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", list ?? List));
        return test.RunAsync();
    }

    [Fact]
    public async Task Using_directives_aliases_and_qualified_names_are_reported_once_at_the_last_name()
    {
        await Verify("""
            using Kratos.Uas.{|SR1001:Sdk|};
            using Fleet = Kratos.Uas.Sdk.{|SR1001:FleetClient|};

            class Orders
            {
                Kratos.Uas.Sdk.{|SR1001:FleetClient|} qualified;
                {|SR1001:Fleet|} aliased;
            }
            """);
    }

    [Fact]
    public async Task Var_object_creation_static_and_instance_members_are_reported()
    {
        await Verify("""
            using Kratos.Uas.{|SR1001:Sdk|};

            class Orders
            {
                void Place()
                {
                    {|SR1001:var|} client = FleetClient.{|SR1001:Create|}();
                    client.{|SR1001:Send|}("order");
                    client.{|SR1001:Altitude|} = 100;
                    {|SR1001:FleetClient|} other = new {|SR1001:FleetClient|}();
                    other = new();
                }
            }
            """);
    }

    [Fact]
    public async Task Extension_methods_typeof_nameof_patterns_and_generic_arguments_are_reported()
    {
        await Verify("""
            using System.Collections.Generic;
            using Kratos.Uas.{|SR1001:Sdk|};

            class Orders
            {
                void Place(object o)
                {
                    "drone-7".{|SR1001:Arm|}();
                    var type = typeof({|SR1001:FleetClient|});
                    var name = nameof({|SR1001:FleetClient|});
                    if (o is {|SR1001:FleetClient|} client)
                    {
                    }

                    var clients = new List<{|SR1001:FleetClient|}>();
                    {|SR1001:Mission|}<int>? mission = null;
                }
            }
            """);
    }

    [Fact]
    public async Task Base_lists_overrides_explicit_implementations_attributes_and_crefs_are_reported()
    {
        await Verify("""
            using Kratos.Uas.{|SR1001:Sdk|};

            /// <summary>Wraps <see cref="{|SR1001:FleetClient|}"/>.</summary>
            class MyFleet : {|SR1001:FleetClient|}, {|SR1001:ITelemetry|}
            {
                public override void {|SR1001:Connect|}() { }

                void {|SR1001:ITelemetry|}.{|SR1001:Report|}() { }

                [{|SR1001:Fleet|}]
                void Tagged() { }
            }
            """);
    }

    [Fact]
    public async Task A_namespace_that_shares_a_prefix_and_a_local_type_with_the_same_simple_name_are_not_reported()
    {
        await Verify("""
            namespace Acme
            {
                class FleetClient
                {
                    Kratos.UasX.Other other = new Kratos.UasX.Other();
                    void Send(string message) { }
                    void Use() => new FleetClient().Send("x");
                }
            }
            """);
    }

    [Fact]
    public async Task Symbol_references_follow_the_entry_status()
    {
        string suspended = TestLists.With(TestLists.Vendor(
            "CN-UEL-2025-07-06",
            "Kratos Unmanned Aerial Systems, Inc.",
            """ "symbols": ["Kratos.Uas"], "listed": "2025-04-04", "suspensions": [ { "from": "2025-05-14", "until": "2026-11-09" } ] """));
        await Verify("class C { Kratos.Uas.Sdk.FleetClient c; }", "2025-06-01", suspended);
        await Verify("class C { Kratos.Uas.Sdk.{|SR1001:FleetClient|} c; }", "2026-11-10", suspended);
    }

    [Fact]
    public async Task A_name_match_and_a_symbol_match_on_the_same_token_report_the_entry_once()
    {
        string list = TestLists.With(TestLists.Vendor(
            "CN-UEL-2025-07-06",
            "Fleet Client",
            """ "symbols": ["Kratos.Uas.Sdk"] """));
        await Verify("class C { Kratos.Uas.Sdk.{|SR1001:FleetClient|} c; }", list: list);
    }
}
