using System.Diagnostics;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>
/// docs/contract.md §3: a build on a later day re-runs the compiler even when no source changed, so a suspension that
/// lapsed overnight cannot hide behind an incremental build. Runs <c>dotnet build</c> twice on a tiny consumer
/// project in a temp folder (outside the repo, so the repo's Directory.Build.props does not apply).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class DayRolloverEndToEndTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sr-rollover-" + Guid.NewGuid().ToString("N"));

    public DayRolloverEndToEndTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task An_incremental_build_on_a_later_day_reports_the_lapsed_suspension()
    {
        string repo = RepoFiles.Root;
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{repo}/build/SupplierRestrictions.Analyzers.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repo}/src/SupplierRestrictions.Analyzers/SupplierRestrictions.Analyzers.csproj"
                                  OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{repo}/build/SupplierRestrictions.Analyzers.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_folder, "restricted-list.json"), """
            {
              "schemaVersion": 1,
              "entries": [
                {
                  "id": "CN-UEL-2025-07-06", "kind": "vendor", "name": "Kratos Unmanned Aerial Systems, Inc.",
                  "aliases": ["Kratos UAS"], "list": "Unreliable Entity List", "listed": "2025-04-04",
                  "suspensions": [ { "from": "2025-05-14", "until": "2026-11-09" } ]
                }
              ]
            }
            """);
        File.WriteAllText(Path.Combine(_folder, "Orders.cs"), "namespace Consumer;\n\npublic sealed class KratosUasClient { }\n");

        var before = await BuildAsync("2026-11-01");
        Assert.True(before.ExitCode == 0, before.Output);
        Assert.DoesNotContain("SR1001", before.Output, StringComparison.Ordinal);

        // No --no-incremental and no source change: only the date moved past the suspension's end.
        var after = await BuildAsync("2026-11-28");
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Contains("warning SR1001", after.Output, StringComparison.Ordinal);
        Assert.Contains("suspension ended 2026-11-09", after.Output, StringComparison.Ordinal);

        // The control: on the same day again the compiler is skipped (and so prints nothing), which is why only the
        // date's change could have re-run it above.
        var again = await BuildAsync("2026-11-28");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.DoesNotContain("SR1001", again.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<(int ExitCode, string Output)> BuildAsync(string date)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "build", "-nologo", "-v:minimal", "-c", Configuration, $"-p:SupplierRestrictionsDate={date}", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild/SDK variables must not leak into the child build.
        foreach (string variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "DOTNET_HOST_PATH" })
        {
            start.Environment.Remove(variable);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        string text = await output + await error;
        _output.WriteLine($"dotnet build -p:SupplierRestrictionsDate={date}: exit {process.ExitCode} in {stopwatch.Elapsed.TotalSeconds:F1} s\n{text}");
        return (process.ExitCode, text);
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
