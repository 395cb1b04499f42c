using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.Benchmarks.Floor;
using SupplierRestrictions.Hosting;

namespace SupplierRestrictions.Benchmarks;

internal static class Program
{
    /// <summary>The evaluation date of every run, so the expected diagnostics never change with the calendar.</summary>
    public const string EvaluationDate = "2026-11-28";

    public const int BannedSymbolCount = 10_000;

    /// <summary>The warm-up code base: big enough to tier up every hot method, small enough to be quick.</summary>
    public const int WarmupLines = 10_000;

    /// <summary>The list sizes; "root" is the repository's restricted-list.json.</summary>
    public static readonly int[] ListSizes = { 100, 1_000, 10_000, 100_000 };

    private static readonly StringBuilder Report = new();

    public static async Task<int> Main(string[] args)
    {
        Settings settings;
        try
        {
            settings = Settings.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Settings.Usage);
            return 2;
        }

        if (settings.Help)
        {
            Console.WriteLine(Settings.Usage);
            return 0;
        }

        var total = Stopwatch.StartNew();
        string repoRoot = Locations.RepoRoot();
        var root = RootList.Load(Path.Combine(repoRoot, "restricted-list.json"));
        var lists = new ListGenerator(root);
        var (refFolder, references) = Locations.ReferenceAssemblies();
        var banned = Locations.LoadBannedApiAnalyzers(out string bannedDescription);
        var ours = ImmutableArray.Create<DiagnosticAnalyzer>(new SupplierRestrictionsAnalyzer());
        var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer());

        Print($"# SupplierRestrictions.Analyzers benchmark ({(settings.Quick ? "quick" : "full")})");
        Print();
        Print($"- date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}; machine: {Environment.ProcessorCount} cores, {CpuModel()}, {MemoryGiB()} GiB; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        Print($"- .NET {Environment.Version}, GC {(GCSettings.IsServerGC ? "server" : "workstation")}; Roslyn {Version(typeof(Compilation).Assembly)} (host); analyzer {Version(typeof(SupplierRestrictionsAnalyzer).Assembly)}");
        Print($"- references: {refFolder}");
        Print($"- BannedApiAnalyzers: {bannedDescription}");
        Print($"- sequential: concurrentBuild=false, concurrentAnalysis=false; evaluation date {EvaluationDate}; {settings.Runs} measured runs per mode (median), after one warm-up run of every mode on a {WarmupLines / 1000}k-line code base");
        Print();

        // Lists: the root list and generated ones (generated once; their text is what the analyzer reads).
        var sw = Stopwatch.StartNew();
        var listTexts = new Dictionary<string, string> { ["root"] = root.Text };
        foreach (int size in ListSizes)
        {
            listTexts[Label(size)] = lists.ListJson(size);
        }

        string bannedSymbols = ListGenerator.BannedSymbols(BannedSymbolCount);
        if (settings.Dump is not null)
        {
            Directory.CreateDirectory(Path.Combine(settings.Dump, "lists"));
            foreach (var (list, text) in listTexts)
            {
                File.WriteAllText(Path.Combine(settings.Dump, "lists", $"{list}.restricted-list.json"), text);
            }

            File.WriteAllText(Path.Combine(settings.Dump, "lists", "BannedSymbols.txt"), bannedSymbols);
        }

        var generatedEntries = lists.Entries(ListGenerator.PlantableEntries);
        var plants = Plants.RootEntries.Concat(Plants.Banned).Concat(Plants.Generated(generatedEntries)).ToList();
        Print($"Lists generated in {sw.ElapsedMilliseconds} ms: " + string.Join(", ", listTexts.Select(l => $"{l.Key} = {l.Value.Length / 1024.0 / 1024.0:F1} MB")));
        Print($"Plants per code base: {plants.Count} members; expected SR1001/SR1002: {plants.Sum(p => p.Ours)} with the root list, {plants.Sum(p => p.OursGenerated)} with a generated list; expected RS0030: {plants.Sum(p => p.Banned)}");
        Print();

        // The very first parse + index in the process, before anything is JIT-compiled (a cold compiler process).
        double firstLoadMs = MatcherProbes.FirstLoad(listTexts[Label(10_000)]);
        Print($"Load average at the start: {LoadAverage()}");
        Print();

        var failures = new List<string>();
        var results = new List<CodebaseResult>();

        // Warm-up: every mode once on a small code base (JIT, tiering, static tables), not reported.
        await MeasureCodebase(settings, WarmupLines, runs: 1, report: false, repoRoot, references, plants, listTexts, bannedSymbols, ours, floor, banned, failures);
        foreach (int lines in settings.Lines)
        {
            results.Add(await MeasureCodebase(settings, lines, settings.Runs, report: true, repoRoot, references, plants, listTexts, bannedSymbols, ours, floor, banned, failures));
        }

        var loading = MatcherProbes.Loading(listTexts, settings.Quick ? 5 : 9, settings.Quick ? 1 : 3);
        var probes = new MatcherProbes.Results(loading, MatcherProbes.Lookups(listTexts, results[0].Codebase, includeLargest: !settings.Quick), firstLoadMs);
        PrintProbes(probes);
        PrintTargets(results[^1], probes, settings);

        Print();
        Print($"Total benchmark time: {total.Elapsed.TotalSeconds:F0} s; load average at the end: {LoadAverage()}");
        if (failures.Count > 0)
        {
            Print();
            Print("FAILED checks:");
            foreach (string failure in failures)
            {
                Print("- " + failure);
            }
        }

        if (settings.Output is not null)
        {
            File.WriteAllText(settings.Output, Report.ToString());
            Console.WriteLine($"Report written to {settings.Output}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task<CodebaseResult> MeasureCodebase(
        Settings settings,
        int lines,
        int runs,
        bool report,
        string repoRoot,
        ImmutableArray<MetadataReference> references,
        List<Plant> plants,
        Dictionary<string, string> listTexts,
        string bannedSymbols,
        ImmutableArray<DiagnosticAnalyzer> ours,
        ImmutableArray<DiagnosticAnalyzer> floor,
        ImmutableArray<DiagnosticAnalyzer> banned,
        List<string> failures)
    {
        var sw = Stopwatch.StartNew();
        string name = $"{lines / 1000}k lines";
        var codebase = Codebase.Create(name, lines, repoRoot, plants, references, report ? settings.Dump : null);
        if (report)
        {
            var (identifiers, literals) = codebase.TokenTexts();
            Print($"## Code base: {name}");
            Print();
            Print($"{codebase.Files:N0} files: {codebase.GeneratedLines:N0} generated lines + {codebase.RepoLines:N0} lines of src/**/*.cs; {identifiers.Length:N0} identifier and {literals.Length:N0} string literal tokens; generated and parsed in {sw.ElapsedMilliseconds:N0} ms (not measured below). Load average before: {LoadAverage()}");
            Print();
        }
        else
        {
            Console.WriteLine($"Warm-up on {name}...");
        }

        int expectedRoot = plants.Sum(p => p.Ours);
        int expectedGenerated = plants.Sum(p => p.OursGenerated);
        int expectedBanned = plants.Sum(p => p.Banned);
        var warmListTexts = listTexts.ToDictionary(l => l.Key, l => SourceText.From(l.Value));

        var modes = new List<Mode>
        {
            new("compile", "compile only: Emit to a MemoryStream (no analyzer)", () => Task.FromResult(Compile(codebase))),
            new("floor", "(b) floor: token walk only", () => Analyze(codebase, floor, Options(), d => Expect(d, "FLOOR", 0))),
            new("banned", $"(c) BannedApiAnalyzers, {BannedSymbolCount:N0}-entry BannedSymbols.txt", () => Analyze(
                codebase, banned, Options(("/bench/BannedSymbols.txt", SourceText.From(bannedSymbols))), d => Expect(d, "RS0030", expectedBanned))),
        };
        foreach (string list in listTexts.Keys)
        {
            int expected = list == "root" ? expectedRoot : expectedGenerated;
            string text = listTexts[list];
            modes.Add(new($"ours {list}", $"(d) ours, {ListDescription(list)}", () => Analyze(
                codebase, ours, OursOptions(SourceText.From(text)), d => ExpectOurs(d, expected))));
        }

        // The same list text instance every run: what the IDE sees while the list file does not change.
        foreach (string list in new[] { Label(100), Label(10_000), Label(100_000) })
        {
            var text = warmListTexts[list];
            modes.Add(new($"ours {list} cached", $"(d) ours, {ListDescription(list)}, list text unchanged between runs (IDE)", () => Analyze(
                codebase, ours, OursOptions(text), d => ExpectOurs(d, expectedGenerated))));
        }

        for (int run = 0; run < runs; run++)
        {
            var lap = Stopwatch.StartNew();
            // Rotate the order so that no mode always runs right after the same other one.
            int offset = ((run % modes.Count) + modes.Count) % modes.Count;
            for (int i = 0; i < modes.Count; i++)
            {
                var mode = modes[(i + offset) % modes.Count];
                var result = await mode.Run();
                if (result.Error is not null)
                {
                    failures.Add($"{name}, {mode.Key}: {result.Error}");
                }

                mode.Results.Add(result);
            }

            Console.WriteLine($"  {name}: {(report ? "run " + (run + 1) : "warm-up")} done in {lap.Elapsed.TotalSeconds:F1} s (load average {LoadAverage()})");
        }

        if (!report)
        {
            return new CodebaseResult(codebase, new Dictionary<string, double>());
        }

        var byKey = modes.ToDictionary(m => m.Key);
        Print("| mode | analyzer time (median) | min – max | driver wall time (median) | check |");
        Print("|---|---:|---:|---:|---|");
        foreach (var mode in modes)
        {
            var times = mode.Results.Select(r => r.Milliseconds).ToList();
            var walls = mode.Results.Select(r => r.WallMilliseconds).ToList();
            string check = mode.Results.All(r => r.Error is null) ? mode.Results[0].Check : "FAILED: " + mode.Results.First(r => r.Error is not null).Error;
            Print($"| {mode.Description} | {Ms(Median(times))} | {Ms(times.Min())} – {Ms(times.Max())} | {(mode.Key == "compile" ? "–" : Ms(Median(walls)))} | {check} |");
        }

        Print();
        double M(string key) => Median(byKey[key].Results.Select(r => r.Milliseconds).ToList());
        string ours10k = $"ours {Label(10_000)}";
        double N(string key) => byKey[key].Results.Min(r => r.Milliseconds);
        string c10k = ours10k + " cached";
        string o100 = $"ours {Label(100)}", o100k = $"ours {Label(100_000)}";
        Print("| ratio (10k-entry list unless stated) | of medians | of minima |");
        Print("|---|---:|---:|");
        void Ratio(string what, string a, string b, bool percent = false)
        {
            string F(double v) => percent ? Percent(v) : $"{v:F2}x";
            Print($"| {what} | {F(M(a) / M(b))} | {F(N(a) / N(b))} |");
        }

        Ratio("ours / compile", ours10k, "compile", percent: true);
        Ratio("ours / floor", ours10k, "floor");
        Ratio("ours / BannedApiAnalyzers", ours10k, "banned");
        Ratio("ours 100k entries / ours 100 entries", o100k, o100);
        Ratio("ours root list / floor", "ours root", "floor");
        Ratio("floor / compile", "floor", "compile", percent: true);
        Ratio("BannedApiAnalyzers / compile", "banned", "compile", percent: true);
        Ratio("ours, list cached / floor (IDE)", c10k, "floor");
        Ratio("ours, list cached / compile (IDE)", c10k, "compile", percent: true);
        Ratio("ours, list cached / BannedApiAnalyzers (IDE)", c10k, "banned");
        Ratio("ours 100k / ours 100 entries, lists cached (IDE)", o100k + " cached", o100 + " cached");
        Print($"| list setup inside the analyzer, 10k entries (ours − ours cached) | {Ms(M(ours10k) - M(c10k))} | {Ms(N(ours10k) - N(c10k))} |");
        Print($"| list setup inside the analyzer, 100k entries (ours − ours cached) | {Ms(M(o100k) - M(o100k + " cached"))} | {Ms(N(o100k) - N(o100k + " cached"))} |");
        Print();
        return new CodebaseResult(codebase, modes.ToDictionary(m => m.Key, m => M(m.Key)));
    }

    private static RunResult Compile(Codebase codebase)
    {
        var compilation = codebase.NewCompilation();
        Collect();
        var sw = Stopwatch.StartNew();
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        sw.Stop();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        string? error = result.Success ? null : $"{errors.Count} compile errors, first: {string.Join(" | ", errors.Take(5))}";
        return new RunResult(sw.Elapsed.TotalMilliseconds, sw.Elapsed.TotalMilliseconds, $"emitted {pe.Length / 1024} KiB, 0 errors", error);
    }

    private static async Task<RunResult> Analyze(Codebase codebase, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, Func<ImmutableArray<Diagnostic>, (string Check, string? Error)> check)
    {
        var compilation = codebase.NewCompilation();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        Collect();
        var sw = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        sw.Stop();
        double executionMs = 0;
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            executionMs += telemetry.ExecutionTime.TotalMilliseconds;
        }

        var (text, error) = check(diagnostics);
        var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
        if (crashes.Count > 0)
        {
            error = $"analyzer exception: {crashes[0].GetMessage(CultureInfo.InvariantCulture)}";
        }

        return new RunResult(executionMs, sw.Elapsed.TotalMilliseconds, text, error);
    }

    private static (string, string?) Expect(ImmutableArray<Diagnostic> diagnostics, string id, int expected)
    {
        int found = diagnostics.Count(d => d.Id == id);
        string others = string.Join(", ", diagnostics.Where(d => d.Id != id).GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()}"));
        string text = $"{id}: {found} (expected {expected})" + (others.Length > 0 ? $"; also {others}" : string.Empty);
        return (text, found == expected && others.Length == 0 ? null : text);
    }

    private static (string, string?) ExpectOurs(ImmutableArray<Diagnostic> diagnostics, int expected)
    {
        // Only the generated code's plants are counted: the repo's own sources legitimately name listed vendors
        // (the analyzer's word lists, for one), and may change without changing what the benchmark measures.
        bool InGenerated(Diagnostic d) => d.Location.GetLineSpan().Path.StartsWith("/bench/code/", StringComparison.Ordinal);
        int found = diagnostics.Count(d => IsRestrictedReference(d) && InGenerated(d));
        int inRepo = diagnostics.Count(d => IsRestrictedReference(d) && !InGenerated(d));
        var others = diagnostics.Where(d => !IsRestrictedReference(d)).ToList();
        string text = $"{DiagnosticIds.RestrictedVendor}+{DiagnosticIds.RestrictedMaterial}: {found} (expected {expected}; {inRepo} more in the repo's own sources)";
        if (found == expected && others.Count == 0)
        {
            return (text, null);
        }

        var detail = diagnostics.Where(d => !IsRestrictedReference(d) || InGenerated(d)).Take(40).Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(CultureInfo.InvariantCulture)}");
        return (text, text + "; diagnostics: " + string.Join(" || ", detail));
    }

    private static bool IsRestrictedReference(Diagnostic d) => d.Id is DiagnosticIds.RestrictedVendor or DiagnosticIds.RestrictedMaterial;

    private static AnalyzerOptions Options(params (string Path, SourceText Text)[] files) => new(
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray(),
        new GlobalOptionsProvider(new Dictionary<string, string>()));

    private static AnalyzerOptions OursOptions(SourceText list) => new(
        ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/bench/restricted-list.json", list)),
        new GlobalOptionsProvider(new Dictionary<string, string> { [BuildProperties.Key(BuildProperties.Date)] = EvaluationDate }));

    private static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static void PrintProbes(MatcherProbes.Results probes)
    {
        Print("## Matcher alone (no Roslyn)");
        Print();
        Print("After the code base runs (JIT warm): `ParsedListFile.Parse` and `ReferenceMatcher.Build(RestrictionList.Merge(...).Entries)`.");
        Print();
        Print("| list | parse (median) | index (median) | parse + index (median) | parse + index (min) | allocated: parse + index |");
        Print("|---|---:|---:|---:|---:|---:|");
        foreach (var row in probes.Loading)
        {
            Print($"| {ListDescription(row.List)} | {Ms(row.ParseMs)} | {Ms(row.IndexMs)} | {Ms(row.TotalMs)} | {Ms(row.MinMs)} | {row.ParseBytes / 1e6:F1} + {row.IndexBytes / 1e6:F1} MB |");
        }

        Print();
        Print($"The first parse + index of the 10k-entry list in the process, before any of it was JIT-compiled (a cold compiler process): {Ms(probes.FirstLoadMs)}.");

        Print();
        Print("| lookup (the non-matching tokens of the first code base) | tokens | calls | bytes allocated per call | ns per call | ≈ per code base pass |");
        Print("|---|---:|---:|---:|---:|---:|");
        foreach (var row in probes.Lookups)
        {
            Print($"| {row.What} | {row.Tokens:N0} | {row.Calls:N0} | {row.BytesPerCall:F3} | {row.NanosecondsPerCall:F1} | {Ms(row.Tokens * row.NanosecondsPerCall / 1e6)} |");
        }

        Print();
    }

    private static void PrintTargets(CodebaseResult result, MatcherProbes.Results probes, Settings settings)
    {
        var t = result.Medians;
        string ours = $"ours {Label(10_000)}";
        var loading10k = probes.Loading.First(l => l.List == Label(10_000));
        var identifiers10k = probes.Lookups.First(l => l.What.StartsWith("MatchIdentifier, 10k", StringComparison.Ordinal));
        Print($"## Targets ({result.Codebase.Name}, 10,000-entry list, sequential{(settings.Quick ? "; quick mode: the targets are defined on 500k lines" : string.Empty)})");
        Print();
        Print("| target | measured | met |");
        Print("|---|---:|---|");
        Target("ours <= 1.5x floor", t[ours] / t["floor"], 1.5, v => $"{v:F2}x");
        Target("ours <= 0.4x BannedApiAnalyzers", t[ours] / t["banned"], 0.4, v => $"{v:F2}x");
        Target("ours / compile <= 4%", t[ours] / t["compile"], 0.04, Percent);
        Target("100,000 entries <= 1.2x 100 entries", t[$"ours {Label(100_000)}"] / t[$"ours {Label(100)}"], 1.2, v => $"{v:F2}x");
        Print("| *the same, with the list text unchanged between compilations (IDE: the list is parsed and indexed once)* | | |");
        Target("ours <= 1.5x floor, list cached", t[ours + " cached"] / t["floor"], 1.5, v => $"{v:F2}x");
        Target("ours <= 0.4x BannedApiAnalyzers, list cached", t[ours + " cached"] / t["banned"], 0.4, v => $"{v:F2}x");
        Target("ours / compile <= 4%, list cached", t[ours + " cached"] / t["compile"], 0.04, Percent);
        Target("100,000 entries <= 1.2x 100 entries, lists cached", t[$"ours {Label(100_000)} cached"] / t[$"ours {Label(100)} cached"], 1.2, v => $"{v:F2}x");
        Target("parse + index 10,000-entry list < 100 ms", loading10k.TotalMs, 100, v => Ms(v), strict: true);
        Target("the same, first call in a cold process (JIT)", probes.FirstLoadMs, 100, v => Ms(v), strict: true);
        Target("0 bytes per non-matching identifier", identifiers10k.BytesPerCall, 0, v => $"{v:F3} B ({identifiers10k.AllocatedBytes:N0} B in {identifiers10k.Calls:N0} calls)");
    }

    private static void Target(string what, double value, double limit, Func<double, string> format, bool strict = false)
    {
        bool met = strict ? value < limit : value <= limit;
        Print($"| {what} | {format(value)} | {(met ? "yes" : "**no**")} |");
    }

    public static string Label(int size) => size >= 1000 ? $"{size / 1000}k" : size.ToString(CultureInfo.InvariantCulture);

    public static string ListDescription(string list) => list == "root" ? "root list (63 entries)" : $"{list}-entry list";

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Ms(double ms) => ms >= 100 ? $"{ms:F0} ms" : $"{ms:F1} ms";

    private static string Percent(double ratio) => $"{ratio * 100:F2}%";

    public static void Print(string line = "")
    {
        Console.WriteLine(line);
        Report.AppendLine(line);
    }

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "?";

    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages: on a shared machine, other work inflates every figure.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string MemoryGiB() => (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024).ToString("F0", CultureInfo.InvariantCulture);

    private sealed class Mode
    {
        public Mode(string key, string description, Func<Task<RunResult>> run)
        {
            Key = key;
            Description = description;
            Run = run;
        }

        public string Key { get; }

        public string Description { get; }

        public Func<Task<RunResult>> Run { get; }

        public List<RunResult> Results { get; } = new();
    }
}

internal sealed record RunResult(double Milliseconds, double WallMilliseconds, string Check, string? Error);

internal sealed record CodebaseResult(Codebase Codebase, Dictionary<string, double> Medians);
