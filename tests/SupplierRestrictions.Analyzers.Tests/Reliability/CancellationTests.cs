using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>A cancelled analysis stops promptly and leaves nothing behind that changes the next run.</summary>
public sealed class CancellationTests
{
    private readonly ITestOutputHelper _output;

    public CancellationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task A_cancelled_run_stops_promptly_and_does_not_poison_the_next_one()
    {
        const int Classes = 4000;
        var builder = new StringBuilder();
        for (int i = 0; i < Classes; i++)
        {
            builder.Append($$"""
                class Order{{i}}
                {
                    string vendor = "Kratos UAS";
                    int quantity = {{i}}, price = {{i * 3}}, total = {{i * 7}};
                    string note = "ordinary text that names nobody in particular {{i}}";
                    void Send(int a, int b) { var c = a + b; System.Console.WriteLine(c + quantity + price + total); }
                }

                """);
        }

        // One list text for all runs, as in an IDE session: the parsed list is cached per text.
        var list = new InMemoryAdditionalText(AnalyzerHarness.ListPath, SourceText.From(TestLists.With(TestLists.Kratos()), Encoding.UTF8));
        var tree = AnalyzerHarness.Parse(builder.ToString());
        var globals = AnalyzerHarness.Globals();

        using var cancellation = new CancellationTokenSource();
        var stopwatch = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;

        // Cancelled from a thread of its own, so a busy thread pool (other tests run in parallel) cannot delay it.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(50);
            cancelledAt = stopwatch.Elapsed;
            cancellation.Cancel();
        });
        canceller.Start();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AnalyzerHarness.RunAsync(new[] { tree }, new[] { list }, globals, cancellationToken: cancellation.Token));
        var stoppedAfter = stopwatch.Elapsed - cancelledAt;
        canceller.Join();

        stopwatch.Restart();
        var full = (await AnalyzerHarness.RunAsync(new[] { tree }, new[] { list }, globals)).AssertHealthy();
        var fullTime = stopwatch.Elapsed;
        _output.WriteLine($"cancelled {cancelledAt.TotalMilliseconds:F0} ms after start ({tree.Length:N0} chars); stopped {stoppedAfter.TotalMilliseconds:F0} ms after the cancellation; the full run then took {fullTime.TotalMilliseconds:F0} ms");

        Assert.Equal(Classes, full.WithId(DiagnosticIds.RestrictedVendor).Count());
        Assert.Equal(Classes, full.Diagnostics.Length);

        // The same answer as a run that shares no cache with the cancelled one (a list text that differs by a line
        // break is parsed and compiled afresh).
        var fresh = (await AnalyzerHarness.RunAsync(
            new[] { AnalyzerHarness.Parse(builder.ToString()) },
            new[] { new InMemoryAdditionalText(AnalyzerHarness.ListPath, SourceText.From(TestLists.With(TestLists.Kratos()) + "\n", Encoding.UTF8)) },
            globals)).AssertHealthy();
        Assert.Equal(fresh.Canonical(), full.Canonical());
    }
}
