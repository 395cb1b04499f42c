using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using SupplierRestrictions.RestrictedList.Commands;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>Runs one scan: collects the inputs, runs the analyzer, writes the report in the chosen format, and decides the exit code.</summary>
internal static class ScanRun
{
    public static async Task<int> RunAsync(CliConsole console, ScanCommand.Settings settings, CancellationToken cancellationToken)
    {
        if (settings.WarningDays is < 0)
        {
            throw new UsageException($"--warning-days {settings.WarningDays} must be 0 or more");
        }

        string? project = settings.Project is null ? null : ScanInputs.ResolveExisting(console, settings.Project, "project");
        var roots = settings.Paths.Count > 0 ? settings.Paths : new[] { project is null ? "." : Path.GetDirectoryName(project)! };
        var generated = project is null ? Array.Empty<(string Path, string Text)>() : new[] { ProjectPackages(project) };
        var sources = ScanInputs.CollectSources(console, roots);
        var listFiles = settings.Lists.Count > 0 ? ScanInputs.ResolveLists(console, settings.Lists) : new[] { ScanInputs.FindNearestList(console, roots[0]) };
        var referenceFiles = (settings.References ?? Array.Empty<string>()).Select(r => ScanInputs.ResolveExisting(console, r, "assembly")).ToArray();
        var lists = LoadedLists.Load(listFiles, console);
        var entries = lists.List.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

        IReadOnlyList<Finding> findings;
        using (var progress = new ProgressLine(console, "parsing C# files"))
        {
            var diagnostics = await AnalyzerRun.RunAsync(
                new ScanRequest(sources, listFiles, settings.Date, settings.WarningDays, settings.ScanComments, referenceFiles, generated),
                count => progress.Report(count, sources.Count),
                cancellationToken).ConfigureAwait(false);
            findings = diagnostics
                .Select(d => Finding.From(d, console.Display))
                .OrderBy(f => f.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToArray();
        }

        var report = new ScanReport(settings.Date, sources.Count, listFiles.Select(console.Display).ToArray(), findings, entries);
        switch (settings.Format)
        {
            case "json":
                WriteTo(console, settings.Output, stream => ScanJsonReport.Write(stream, report));
                break;
            case "sarif":
                WriteTo(console, settings.Output, stream => SarifWriter.Write(stream, findings, console.CurrentDirectory, ToolVersion));
                break;
            default:
                if (settings.Output is null)
                {
                    ScanTextReport.Write(console, report);
                }
                else
                {
                    using var writer = new StringWriter();
                    ScanTextReport.Write(new CliConsole(writer, console.Error, console.CurrentDirectory, console.Today), report);
                    WriteTo(console, settings.Output, stream =>
                    {
                        using var text = new StreamWriter(stream, leaveOpen: true);
                        text.Write(writer.ToString());
                    });
                }

                break;
        }

        if (settings.Output is not null || settings.Format != "text")
        {
            console.WriteNote(report.Summary());
        }

        return findings.Any(f => f.Fails) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The package file a build would write for the project, from its restore results.</summary>
    private static (string Path, string Text) ProjectPackages(string project)
    {
        string assets = AssetsFilePackages.AssetsFileOf(project);
        if (!File.Exists(assets))
        {
            throw new UsageException($"no restore results for '{Path.GetFileName(project)}' ({assets} is missing); run 'dotnet restore' first");
        }

        try
        {
            return (Path.Combine(Path.GetDirectoryName(assets)!, SupplierRestrictions.Analyzers.Packages.ProjectPackagesFile.FileName), AssetsFilePackages.Read(assets));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new UsageException($"cannot read '{assets}': {e.Message}");
        }
    }

    public static string ToolVersion =>
        typeof(ScanRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static void WriteTo(CliConsole console, string? output, Action<Stream> write)
    {
        if (output is null)
        {
            using var buffer = new MemoryStream();
            write(buffer);
            console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            console.Out.WriteLine();
            return;
        }

        string path = console.Resolve(output);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = File.Create(path);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{output}': {e.Message}");
        }
    }
}
