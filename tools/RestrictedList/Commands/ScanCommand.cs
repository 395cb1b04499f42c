using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using System.Threading;
using System;
using Microsoft.CodeAnalysis;
using Spectre.Console;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;
using SupplierRestrictions.RestrictedList.Scanning;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary><c>restricted-list scan [--date D] [--list FILE] PATH…</c>: the real analyzer over C# files, without a project.</summary>
internal static class ScanCommand
{
    private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

    public static readonly HelpNotes Notes = new(
        """
        The files are parsed into one compilation against the running .NET runtime's assemblies; the lists are passed as
        AdditionalFiles and the date as build_property.SupplierRestrictionsDate, as a build would. Default severities are
        used (.editorconfig is not read); #pragma warning disable is honoured. Folders are searched recursively, skipping
        bin/, obj/, node_modules/ and folders whose name starts with '.'; name such a folder explicitly to scan it.
        """,
        "no reference to a restriction in force (info findings such as SR1003, SR1005 allowed)",
        "a reference to a restriction in force (SR1001, SR1002, SR1004), or an error in the list or options (SR0001, SR0002, SR0005)",
        "usage error: bad date, missing file or folder, no C# files, no list found");

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "C# files or folders to scan (folders recursively, skipping bin/, obj/, node_modules/ and folders whose name starts with '.'). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var date = CommonOptions.Date("--date", "The evaluation day (build_property.SupplierRestrictionsDate). Default: today's UTC date.");
        var lists = new Option<string[]>("--list", "-l")
        {
            Description = "A list file (repeatable; several merge as in a build). Default: the nearest restricted-list.json in the first PATH's folder or a folder above it.",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (grouped by entry), json (grouped by entry), or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "FILE",
        };
        var warningDays = new Option<int?>("--warning-days")
        {
            Description = $"Days before a suspension or exemption ends that SR1003/SR1005 start (build_property.SupplierRestrictionsWarningDays). Default: {BuildProperties.DefaultWarningDays}.",
            HelpName = "N",
        };
        var scanComments = new Option<bool>("--scan-comments")
        {
            Description = "Also match names in comments (build_property.SupplierRestrictionsScanComments=true).",
        };
        var references = new Option<string[]>("--reference", "-r")
        {
            Description = "An assembly (.dll) to reference, so SR1004 can see restricted vendors' assemblies (repeatable).",
            HelpName = "DLL",
        };
        var command = new Command(
            "scan",
            "Run the real analyzer over C# files or folders without a project and report its findings by entry.")
        {
            paths,
            date,
            lists,
            format,
            output,
            warningDays,
            scanComments,
            references,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            new Settings(
                parse.GetValue(paths) ?? Array.Empty<string>(),
                CommonOptions.ParseDay(parse.GetValue(date), "--date", console),
                parse.GetValue(lists) ?? Array.Empty<string>(),
                parse.GetValue(format) ?? "text",
                parse.GetValue(output),
                parse.GetValue(warningDays),
                parse.GetValue(scanComments),
                parse.GetValue(references) ?? Array.Empty<string>()),
            cancellationToken));
        return command;
    }

    public sealed record Settings(
        IReadOnlyList<string> Paths,
        Day Date,
        IReadOnlyList<string> Lists,
        string Format = "text",
        string? Output = null,
        int? WarningDays = null,
        bool ScanComments = false,
        IReadOnlyList<string>? References = null);

    public static async Task<int> RunAsync(CliConsole console, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.WarningDays is < 0)
        {
            throw new UsageException($"--warning-days {settings.WarningDays} must be 0 or more");
        }

        var roots = settings.Paths.Count > 0 ? settings.Paths : new[] { "." };
        var sources = CollectSources(console, roots);
        var listFiles = settings.Lists.Count > 0 ? ResolveLists(console, settings.Lists) : new[] { FindNearestList(console, roots[0]) };
        var referenceFiles = (settings.References ?? Array.Empty<string>()).Select(r => ResolveExisting(console, r, "assembly")).ToArray();
        var lists = LoadedLists.Load(listFiles, console);
        var entries = lists.List.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

        IReadOnlyList<Finding> findings;
        using (var progress = new ProgressLine(console, "parsing C# files"))
        {
            var diagnostics = await AnalyzerRun.RunAsync(
                new ScanRequest(sources, listFiles, settings.Date, settings.WarningDays, settings.ScanComments, referenceFiles),
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

        var report = new Report(settings.Date, sources.Count, listFiles.Select(console.Display).ToArray(), findings, entries);
        switch (settings.Format)
        {
            case "json":
                WriteTo(console, settings.Output, stream => WriteJson(stream, report));
                break;
            case "sarif":
                WriteTo(console, settings.Output, stream => SarifWriter.Write(stream, findings, console.CurrentDirectory, ToolVersion));
                break;
            default:
                if (settings.Output is null)
                {
                    WriteText(console, report);
                }
                else
                {
                    using var writer = new StringWriter();
                    WriteText(new CliConsole(writer, console.Error, console.CurrentDirectory, console.Today), report);
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
            console.WriteNote(Summary(report));
        }

        return findings.Any(f => f.Fails) ? ExitCodes.Findings : ExitCodes.Success;
    }

    public static string ToolVersion =>
        typeof(ScanCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private sealed record Report(Day Date, int FilesScanned, IReadOnlyList<string> Lists, IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, RestrictionEntry> Entries)
    {
        public IEnumerable<IGrouping<string, Finding>> ByEntry =>
            Findings.Where(f => f.EntryId is not null).GroupBy(f => f.EntryId!).OrderBy(g => g.Key, StringComparer.Ordinal);

        public IEnumerable<Finding> Other => Findings.Where(f => f.EntryId is null);
    }

    private static void WriteText(CliConsole console, Report report)
    {
        console.WriteLine($"Scanned {Words.Plural(report.FilesScanned, "C# file")} with {string.Join(", ", report.Lists)} on {report.Date}.", Tone.Strong);
        foreach (var group in report.ByEntry)
        {
            console.WriteLine();
            string heading = report.Entries.TryGetValue(group.Key, out var entry)
                ? $"{entry.Id}  {entry.Name} ({entry.KindName}; {entry.ListName}; {Timeline.Describe(entry.StatusOn(report.Date))})"
                : group.Key;
            console.WriteLine(heading, Tone.Strong);
            foreach (var finding in group)
            {
                WriteFinding(console, finding);
            }
        }

        var other = report.Other.ToArray();
        if (other.Length > 0)
        {
            console.WriteLine();
            console.WriteLine("Not tied to an entry", Tone.Strong);
            foreach (var finding in other)
            {
                WriteFinding(console, finding);
            }
        }

        console.WriteLine();
        console.WriteLine(Summary(report), report.Findings.Any(f => f.Fails) ? Tone.Bad : Tone.Good);
    }

    private static void WriteFinding(CliConsole console, Finding finding)
    {
        string severity = finding.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        if (console.Rich)
        {
            var tone = finding.Severity switch
            {
                DiagnosticSeverity.Error => Tone.Bad,
                DiagnosticSeverity.Warning => Tone.Warn,
                _ => Tone.Info,
            };
            console.AnsiOut.Write(new Spectre.Console.Text($"  {finding.Where}: "));
            console.AnsiOut.Write(new Spectre.Console.Text($"{severity} {finding.RuleId}", Tones.Style(tone)));
            console.AnsiOut.Write(new Spectre.Console.Text($": {finding.Message}"));
            console.AnsiOut.WriteLine();
        }
        else
        {
            console.WriteLine($"  {finding.Where}: {severity} {finding.RuleId}: {finding.Message}");
        }
    }

    private static string Summary(Report report)
    {
        if (report.Findings.Count == 0)
        {
            return $"No findings in {Words.Plural(report.FilesScanned, "file")} on {report.Date}.";
        }

        var byRule = report.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        int entries = report.Findings.Where(f => f.EntryId is not null).Select(f => f.EntryId).Distinct().Count();
        int files = report.Findings.Where(f => f.FullPath is not null).Select(f => f.FullPath).Distinct().Count();
        string verdict = report.Findings.Any(f => f.Fails) ? "fails" : "passes";
        return $"{Words.Plural(report.Findings.Count, "finding")} ({string.Join(", ", byRule)}) for {Words.Plural(entries, "entry", "entries")} in {Words.Plural(files, "file")} on {report.Date}: {verdict}.";
    }

    private static void WriteJson(Stream stream, Report report)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("date", report.Date.ToString());
        json.WriteStartArray("lists");
        foreach (string list in report.Lists)
        {
            json.WriteStringValue(list);
        }

        json.WriteEndArray();
        json.WriteNumber("filesScanned", report.FilesScanned);
        json.WriteNumber("findings", report.Findings.Count);
        json.WriteBoolean("fails", report.Findings.Any(f => f.Fails));
        json.WriteStartArray("entries");
        foreach (var group in report.ByEntry)
        {
            json.WriteStartObject();
            json.WriteString("entryId", group.Key);
            if (report.Entries.TryGetValue(group.Key, out var entry))
            {
                json.WriteString("name", entry.Name);
                json.WriteString("kind", entry.KindName);
                json.WriteString("list", entry.Details.List ?? entry.Details.Authority);
                json.WriteString("status", Timeline.Describe(entry.StatusOn(report.Date)));
            }

            json.WriteStartArray("findings");
            foreach (var finding in group)
            {
                WriteJsonFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("other");
        foreach (var finding in report.Other)
        {
            WriteJsonFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteJsonFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("level", finding.Level);
        json.WriteString("message", finding.Message);
        if (finding.Path is not null)
        {
            json.WriteString("path", finding.Path);
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
        }

        foreach (var property in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(char.ToLowerInvariant(property.Key[0]) + property.Key.Substring(1), property.Value);
        }

        json.WriteEndObject();
    }

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

    private static List<string> CollectSources(CliConsole console, IReadOnlyList<string> roots)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string root in roots)
        {
            string full = console.Resolve(root);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, files);
            }
            else if (root.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{root}'");
            }
            else
            {
                throw new UsageException($"no such file or folder: '{root}'");
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException($"no C# files (*.cs) in {string.Join(", ", roots.Select(r => $"'{r}'"))}");
        }

        return files.ToList();
    }

    private static void AddFolder(string folder, SortedSet<string> files)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            files.Add(file);
        }

        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            string name = Path.GetFileName(sub);
            if (name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            AddFolder(sub, files);
        }
    }

    private static string[] ResolveLists(CliConsole console, IReadOnlyList<string> lists) =>
        lists.Select(l => ResolveExisting(console, l, "list file")).Distinct(StringComparer.Ordinal).ToArray();

    private static string ResolveExisting(CliConsole console, string path, string what)
    {
        string full = console.Resolve(path);
        if (!File.Exists(full))
        {
            throw new UsageException($"no such {what}: '{path}'");
        }

        return full;
    }

    /// <summary>As the package does: the nearest restricted-list.json in the folder of <paramref name="root"/> or any folder above it.</summary>
    private static string FindNearestList(CliConsole console, string root)
    {
        string full = console.Resolve(root);
        var folder = new DirectoryInfo(Directory.Exists(full) ? full : Path.GetDirectoryName(full)!);
        for (var current = folder; current is not null; current = current.Parent)
        {
            string candidate = Path.Combine(current.FullName, LoadedLists.DefaultFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new UsageException($"no {LoadedLists.DefaultFileName} in '{root}' or any folder above it; name the list with --list FILE");
    }
}
