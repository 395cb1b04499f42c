using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn.Options;
using SupplierRestrictions.Analyzers.Roslyn.Reporting;
using SupplierRestrictions.Analyzers.Roslyn.Scanning;
using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Hosting;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Scanning;

/// <summary>
/// The scan runs for every file on every keystroke, so a file in which nothing is found must cost it no allocation:
/// no delegate, match set or exemption lookup per file, no string per token. Counted with the thread's allocation
/// counter around a second scan of the same tree (the first makes the thread's walk stack and name table once).
/// </summary>
public sealed class ScanAllocationTests
{
    private const string Orders = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Shop.Orders;

        /// <summary>Keeps the orders of one customer.</summary>
        public sealed class OrderBook
        {
            private readonly List<Order> _orders = new();

            public void Add(Order order)
            {
                if (order.Total <= 0m)
                {
                    throw new ArgumentException($"Order {order.Id} has no total", nameof(order));
                }

                _orders.Add(order);
            }

            public decimal TotalFor(string customer) =>
                _orders.Where(o => o.Customer == customer).Sum(o => o.Total);

            public string Describe() => string.Join(", ", _orders.Select(o => $"{o.Id}: {o.Total:0.00} EUR, HS 8471.30 pending"));
        }

        public sealed record Order(int Id, string Customer, decimal Total);
        """;

    [Fact]
    public void Scanning_a_file_in_which_nothing_is_found_allocates_nothing()
    {
        var (scanner, context, reported, nodes) = Prepare(Orders);
        scanner.Scan(context);

        long before = GC.GetAllocatedBytesForCurrentThread();
        scanner.Scan(context);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        GC.KeepAlive(nodes);
        Assert.Empty(reported);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void The_same_scan_reports_a_file_that_names_a_listed_vendor()
    {
        var (scanner, context, reported, _) = Prepare(Orders.Replace("OrderBook", "KratosUnmannedAerialSystemsOrderBook"));

        scanner.Scan(context);

        Assert.Equal(["SR1001"], reported.Select(d => d.Id).ToArray());
    }

    private static (SyntaxReferenceScanner Scanner, SyntaxTreeAnalysisContext Context, List<Diagnostic> Reported, List<SyntaxNodeOrToken> Nodes) Prepare(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/src/Orders.cs");

        // Every node realized and held by the caller, so the scan never makes a red node the compiler would already have made.
        var nodes = tree.GetRoot().DescendantNodesAndTokens(descendIntoTrivia: true).ToList();

        string list = TestLists.With(
            TestLists.Kratos(),
            TestLists.Material("TB", "Terbium", """ "codes": ["7440-27-9", "HS 2805.30", "Tb"] """));
        var restrictions = CompiledRestrictions.Get([new ListSource("/src/restricted-list.json", ParsedListFile.Parse(list))]);
        var settings = AnalyzerSettings.Read(new DictionaryOptions(new Dictionary<string, string>
        {
            [BuildProperties.Key(BuildProperties.Date)] = "2026-11-28",
        }));
        var scanner = new SyntaxReferenceScanner(restrictions, settings, new ReferenceReporter(restrictions, settings), symbols: null);
        var reported = new List<Diagnostic>();

        // Obsolete for analyzer tests in general (they should go through CompilationWithAnalyzers, as the rest of this
        // suite does); here it is the point: the scan alone, without the driver's own allocations around it.
#pragma warning disable CS0618
        var context = new SyntaxTreeAnalysisContext(tree, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), reported.Add, _ => true, CancellationToken.None);
#pragma warning restore CS0618
        return (scanner, context, reported, nodes);
    }
}
