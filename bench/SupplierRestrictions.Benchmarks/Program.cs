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
using SupplierRestrictions.Analyzers.Lists;
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
        var ours = ImmutableArray.Create<DiagnosticAnalyzer>(new SupplierRestrictionsAnalyzer());
        var other = settings.CompareWith is null ? ImmutableArray<DiagnosticAnalyzer>.Empty : OtherBuild.Load(settings.CompareWith);
        var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer());
        var optimizedFloor = ImmutableArray.Create<DiagnosticAnalyzer>(new OptimizedFloorAnalyzer());
        string bannedDescription = "not loaded (--measure-only)";
        var banned = settings.MeasureOnly ? ImmutableArray<DiagnosticAnalyzer>.Empty : Locations.LoadBannedApiAnalyzers(out bannedDescription);

        string what = settings.Sources is not null ? $"--sources {settings.Sources}" : $"{string.Join(" and ", settings.Profiles.Select(p => p.Name))} profile{(settings.Profiles.Count > 1 ? "s" : string.Empty)}, {settings.Lines:N0} lines each";
        Print($"# SupplierRestrictions.Analyzers benchmark ({(settings.Quick ? "quick" : "full")}: {what})");
        Print();
        Print($"- date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}; machine: {Environment.ProcessorCount} cores, {CpuModel()}, {MemoryGiB()} GiB; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        Print($"- .NET {Environment.Version}, GC {(GCSettings.IsServerGC ? "server" : "workstation")}; Roslyn {Version(typeof(Compilation).Assembly)} (host); analyzer {Version(typeof(SupplierRestrictionsAnalyzer).Assembly)}");
        Print($"- references: {refFolder}{(settings.References.Count > 0 ? " + " + string.Join(", ", settings.References) : string.Empty)}{(settings.Defines.Count > 0 ? "; defines: " + string.Join(";", settings.Defines) : string.Empty)}");
        Print($"- BannedApiAnalyzers: {bannedDescription}");
        Print($"- sequential: concurrentBuild=false, concurrentAnalysis=false; evaluation date {EvaluationDate}; {settings.Runs} measured runs per mode (median), after one warm-up run of every mode on a {WarmupLines / 1000}k-line code base");
        Print();

        // Lists: the root list, generated ones and the SDN import (their text is what the analyzer reads).
        var sw = Stopwatch.StartNew();
        var listTexts = new Dictionary<string, string>();
        foreach (string list in settings.Lists)
        {
            if (list == "root")
            {
                listTexts["root"] = root.Text;
            }
            else if (list != "sdn")
            {
                listTexts[list] = lists.ListJson(Size(list));
            }
        }

        Print($"Lists generated in {sw.ElapsedMilliseconds} ms: " + string.Join(", ", listTexts.Select(l => $"{l.Key} = {l.Value.Length / 1024.0 / 1024.0:F1} MB")));
        IReadOnlyList<SupplierRestrictions.RestrictedList.Import.ImportedEntry> sdnEntries = Array.Empty<SupplierRestrictions.RestrictedList.Import.ImportedEntry>();
        string sdnCsv = settings.SdnPath ?? SdnList.DefaultPath(repoRoot);
        if (settings.Lists.Contains("sdn") && !File.Exists(sdnCsv))
        {
            if (settings.SdnPath is not null)
            {
                Console.Error.WriteLine($"--sdn {settings.SdnPath}: no such file");
                return 2;
            }

            Print($"SDN list left out: {sdnCsv} does not exist (pass --sdn FILE to use a copy of the CSL CSV).");
        }

        if (settings.Lists.Contains("sdn") && File.Exists(sdnCsv))
        {
            string csv = sdnCsv;
            sw.Restart();
            var (json, entries, records) = SdnList.Import(csv);
            listTexts["sdn"] = json;
            sdnEntries = entries;
            Print($"SDN list: {csv} ({records:N0} records) imported with the restricted-list tool's CslImporter + ListWriter in {sw.ElapsedMilliseconds} ms: {entries.Count:N0} entries, {json.Length / 1024.0 / 1024.0:F1} MB");
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

        // Generated code must match nothing but its plants, with every list of the run.
        sw.Restart();
        var others = new ListFilter(listTexts.Where(l => l.Key != "sdn").OrderByDescending(l => l.Value.Length).Take(2).Select(l => l.Value));
        var filter = new ListFilter(listTexts.Where(l => l.Key != "sdn").OrderByDescending(l => l.Value.Length).Take(2).Concat(listTexts.Where(l => l.Key == "sdn")).Select(l => l.Value));
        var words = FrameworkVocabulary.FromReferenceAssemblies(refFolder);
        Day.TryParse(EvaluationDate, out var date);
        var plants = Plants.RootEntries.Concat(Plants.Banned)
            .Concat(listTexts.Keys.Any(IsGenerated) ? Plants.Generated(lists.Entries(ListGenerator.PlantableEntries)) : Array.Empty<Plant>())
            .Concat(Plants.Sdn(SdnList.PlantableNames(sdnEntries, date, others, 3)))
            .ToList();
        Print($"Vocabulary: the {words.Count:N0} most frequent words of the reference assemblies' public names; list filters built in {sw.ElapsedMilliseconds} ms");
        if (settings.Sources is null)
        {
            Print($"Plants per code base: {plants.Count} members; expected SR1001/SR1002: {plants.Sum(p => p.Ours)} with the root list, {plants.Sum(p => p.OursGenerated)} with a generated list, {plants.Sum(p => p.OursSdn)} with the SDN list; expected RS0030: {plants.Sum(p => p.Banned)}");
        }

        Print();

        // The very first parse + index in the process, before anything is JIT-compiled (a cold compiler process).
        var firstList = listTexts.ContainsKey(Label(10_000)) ? Label(10_000) : listTexts.Keys.First();
        double firstLoadMs = MatcherProbes.FirstLoad(listTexts[firstList]);
        var retained = MemoryProbes.Retained(listTexts.Where(l => l.Key is "root" or "10k" or "sdn").Select(l => (l.Key, l.Value)));
        Print($"Load average at the start: {LoadAverage()}");
        Print();

        var failures = new List<string>();
        var results = new List<CodebaseResult>();
        var context = new RunContext(settings, listTexts, bannedSymbols, ours, other, floor, optimizedFloor, banned, failures);
        if (settings.Sources is not null)
        {
            var userReferences = references.AddRange(UserReferences.Load(settings.References));
            sw.Restart();
            var codebase = Codebase.FromSources(settings.Sources, settings.Defines, userReferences);
            Print($"## Code base: {settings.Sources}");
            Print();
            Print($"{codebase.Files:N0} files, {codebase.GeneratedLines:N0} lines, parsed in {sw.ElapsedMilliseconds:N0} ms (not measured below).");
            Print();
            PrintMeasures(codebase, target: null, listTexts);
            if (!settings.MeasureOnly)
            {
                var warmup = Codebase.Create("warm-up", CodeProfile.Library, words, filter, WarmupLines, repoRoot, plants, references, null);
                await MeasureCodebase(context, warmup, Expectations.Of(plants), runs: 1, report: false);
                results.Add(await MeasureCodebase(context, codebase, Expectations.None, settings.Runs, report: true));
            }
        }
        else
        {
            bool warmedUp = false;
            foreach (var profile in settings.Profiles)
            {
                sw.Restart();
                var codebase = Codebase.Create($"{profile.Name} {settings.Lines / 1000}k", profile, words, filter, settings.Lines, repoRoot, plants, references, settings.Dump);
                Print($"## Code base: {profile.Name} profile, {settings.Lines / 1000}k lines");
                Print();
                Print($"{codebase.Files:N0} files: {codebase.GeneratedLines:N0} generated lines + {codebase.RepoLines:N0} lines of src/**/*.cs; generated and parsed in {sw.ElapsedMilliseconds:N0} ms (not measured below). Load average before: {LoadAverage()}");
                Print();
                PrintMeasures(codebase, profile.Targets, listTexts);
                if (settings.MeasureOnly)
                {
                    continue;
                }

                if (!warmedUp)
                {
                    // Warm-up: every mode once on a small code base (JIT, tiering, static tables), not reported.
                    var warmup = Codebase.Create("warm-up", profile, words, filter, WarmupLines, repoRoot, plants, references, null);
                    await MeasureCodebase(context, warmup, Expectations.Of(plants), runs: 1, report: false);
                    warmedUp = true;
                }

                results.Add(await MeasureCodebase(context, codebase, Expectations.Of(plants), settings.Runs, report: true));
            }
        }

        PrintRetained(retained);
        if (!settings.MeasureOnly)
        {
            var loading = MatcherProbes.Loading(listTexts, settings.Quick ? 5 : 9, settings.Quick ? 1 : 3);
            var lookupLists = new[] { "root", Label(10_000), "sdn", Label(100_000) }.Where(listTexts.ContainsKey).Where(l => !settings.Quick || l != Label(100_000));
            var probes = new MatcherProbes.Results(loading, MatcherProbes.Lookups(listTexts, results[0].Codebase, lookupLists), firstLoadMs, firstList);
            PrintProbes(probes);
            PrintSummary(results);
            foreach (var result in results)
            {
                PrintTargets(result, probes);
            }
        }

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

    private static bool IsGenerated(string list) => list is not ("root" or "sdn");

    private static int Size(string label) => label switch
    {
        "100" => 100,
        "1k" => 1_000,
        "10k" => 10_000,
        "100k" => 100_000,
        _ => throw new ArgumentException($"not a generated list: {label}"),
    };

    private static void PrintMeasures(Codebase codebase, ProfileTargets? target, IReadOnlyDictionary<string, string> listTexts)
    {
        var m = codebase.Measures;
        double[] values = m.Values();
        Print($"Measured with Roslyn on the {(target is null ? "sources" : "generated code (without src/)")}: {m.Lines:N0} lines, {m.Tokens:N0} tokens, {m.Identifiers:N0} identifiers, {m.StringLiterals + m.InterpolatedParts:N0} literals and interpolated parts.");
        Print();
        if (target is null)
        {
            Print("| measure | measured |");
            Print("|---|---:|");
            for (int i = 0; i < values.Length; i++)
            {
                Print($"| {ProfileTargets.Names[i]} | {Measure(values[i])} |");
            }
        }
        else
        {
            Print($"| measure | measured | target ({target.Source}) | within ±{ProfileTargets.Tolerance:P0} |");
            Print("|---|---:|---:|---|");
            for (int i = 0; i < values.Length; i++)
            {
                Print($"| {ProfileTargets.Names[i]} | {Measure(values[i])} | {Measure(target.Values[i])} | {(target.Within(i, values[i]) ? "yes" : "**no**")} ({(values[i] / target.Values[i] - 1) * 100:+0;-0}%) |");
            }
        }

        Print();
        var shared = WordSharing.Of(codebase, listTexts);
        if (shared.Count > 0)
        {
            Print("Identifiers (occurrences) with a word that is also a word of a listed name or alias (cut the same way; words of 3+ letters): " + string.Join(", ", shared.Select(s => $"{s.List} list {s.Percent:F1}%")));
            Print();
        }
    }

    private static string Measure(double value) => value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("F1", CultureInfo.InvariantCulture);

    private static async Task<CodebaseResult> MeasureCodebase(RunContext context, Codebase codebase, Expectations expected, int runs, bool report)
    {
        if (!report)
        {
            Console.WriteLine($"Warm-up on {codebase.Name}...");
        }

        string name = codebase.Name;
        var listTexts = context.ListTexts;
        var warmListTexts = listTexts.ToDictionary(l => l.Key, l => ListFileText(l.Value));
        var modes = new List<Mode>
        {
            new("compile", "compile only: Emit to a MemoryStream (no analyzer)", () => Task.FromResult(Compile(codebase, expected.CleanCompile))),
            new("floor", "(b) floor: token walk only", () => Analyze(codebase, context.Floor, Options(), d => Expect(d, "FLOOR", 0))),
            new("floor optimized", "(b') floor, its walk compiled optimized at first call as ours is (like for like)", () => Analyze(codebase, context.OptimizedFloor, Options(), d => Expect(d, "FLOOR", 0))),
        };
        if (!context.Banned.IsEmpty)
        {
            modes.Add(new("banned", $"(c) BannedApiAnalyzers, {BannedSymbolCount:N0}-entry BannedSymbols.txt", () => Analyze(
                codebase, context.Banned, Options(("/bench/BannedSymbols.txt", SourceText.From(context.BannedSymbols))), d => Expect(d, "RS0030", expected.Banned))));
        }

        foreach (string list in listTexts.Keys)
        {
            int? count = expected.For(list);
            string text = listTexts[list];
            modes.Add(new($"ours {list}", $"(d) ours, {ListDescription(list)}", () => Analyze(
                codebase, context.Ours, OursOptions(ListFileText(text)), d => ExpectOurs(d, count))));
            if (!context.Other.IsEmpty)
            {
                modes.Add(new($"other {list}", $"(e) the --compare-with build, {ListDescription(list)}", () => Analyze(
                    codebase, context.Other, OursOptions(ListFileText(text)), d => ExpectOurs(d, count))));
            }
        }

        // The same list text instance every run: what the IDE sees while the list file does not change.
        foreach (string list in new[] { Label(100), Label(10_000), Label(100_000), "sdn" }.Where(listTexts.ContainsKey))
        {
            var text = warmListTexts[list];
            int? count = expected.For(list);
            modes.Add(new($"ours {list} cached", $"(d) ours, {ListDescription(list)}, list text unchanged between runs (IDE)", () => Analyze(
                codebase, context.Ours, OursOptions(text), d => ExpectOurs(d, count))));
        }

        if (context.Settings.Only.Count > 0 && report)
        {
            modes.RemoveAll(m => m.Key is not ("floor" or "floor optimized") && !context.Settings.Only.Contains(m.Key));
        }

        for (int run = 0; run < runs; run++)
        {
            var lap = Stopwatch.StartNew();
            // Rotate the order so that no mode always runs right after the same other one.
            int offset = run % modes.Count;
            for (int i = 0; i < modes.Count; i++)
            {
                var mode = modes[(i + offset) % modes.Count];
                var result = await mode.Run();
                if (result.Error is not null)
                {
                    context.Failures.Add($"{name}, {mode.Key}: {result.Error}");
                }

                mode.Results.Add(result);
            }

            Console.WriteLine($"  {name}: {(report ? "run " + (run + 1) : "warm-up")} done in {lap.Elapsed.TotalSeconds:F1} s (load average {LoadAverage()})");
        }

        if (!report)
        {
            return new CodebaseResult(codebase, new Dictionary<string, Timing>());
        }

        double lines = codebase.GeneratedLines + codebase.RepoLines;
        Print($"| mode | analyzer time (median) | min – max | driver wall time (median) | allocated per 1k lines (median) | check |");
        Print("|---|---:|---:|---:|---:|---|");
        foreach (var mode in modes)
        {
            var times = mode.Results.Select(r => r.Milliseconds).ToList();
            var walls = mode.Results.Select(r => r.WallMilliseconds).ToList();
            double allocated = Median(mode.Results.Select(r => (double)r.AllocatedBytes).ToList());
            string check = mode.Results.All(r => r.Error is null) ? mode.Results[0].Check : "FAILED: " + mode.Results.First(r => r.Error is not null).Error;
            Print($"| {mode.Description} | {Ms(Median(times))} | {Ms(times.Min())} – {Ms(times.Max())} | {(mode.Key == "compile" ? "–" : Ms(Median(walls)))} | {Bytes(allocated * 1000 / lines)} | {check} |");
        }

        Print();
        var timings = modes.ToDictionary(m => m.Key, m => new Timing(
            Median(m.Results.Select(r => r.Milliseconds).ToList()),
            m.Results.Min(r => r.Milliseconds),
            m.Results.Max(r => r.Milliseconds),
            Median(m.Results.Select(r => (double)r.AllocatedBytes).ToList())));
        double M(string key) => timings[key].Median;
        double N(string key) => timings[key].Min;
        var byKey = modes.ToDictionary(m => m.Key);
        Print("| ratio | of medians | of minima | median of per-run ratios (same run, less disturbed by load) |");
        Print("|---|---:|---:|---:|");
        void Ratio(string what, string a, string b, bool percent = false)
        {
            if (!timings.ContainsKey(a) || !timings.ContainsKey(b))
            {
                return;
            }

            string F(double v) => percent ? Percent(v) : $"{v:F2}x";
            double paired = Median(byKey[a].Results.Zip(byKey[b].Results, (x, y) => x.Milliseconds / y.Milliseconds).ToList());
            Print($"| {what} | {F(M(a) / M(b))} | {F(N(a) / N(b))} | {F(paired)} |");
        }

        foreach (string list in new[] { Label(10_000), "sdn", "root" }.Where(listTexts.ContainsKey))
        {
            string o = "ours " + list;
            Ratio($"ours / floor, {ListDescription(list)}", o, "floor");
            Ratio($"ours / compile, {ListDescription(list)}", o, "compile", percent: true);
            Ratio($"ours / BannedApiAnalyzers, {ListDescription(list)}", o, "banned");
            Ratio($"ours, list cached / floor (IDE), {ListDescription(list)}", o + " cached", "floor");
            Ratio($"ours / floor with its walk optimized (like for like), {ListDescription(list)}", o, "floor optimized");
            Ratio($"ours / the --compare-with build, {ListDescription(list)}", o, "other " + list);
            Ratio($"the --compare-with build / floor, {ListDescription(list)}", "other " + list, "floor");
        }

        Ratio("ours 100k entries / ours 100 entries", $"ours {Label(100_000)}", $"ours {Label(100)}");
        Ratio("ours 100k / ours 100 entries, lists cached (IDE)", $"ours {Label(100_000)} cached", $"ours {Label(100)} cached");
        Ratio("floor / compile", "floor", "compile", percent: true);
        Ratio("BannedApiAnalyzers / compile", "banned", "compile", percent: true);
        foreach (string list in new[] { Label(10_000), "sdn", Label(100_000) }.Where(l => timings.ContainsKey("ours " + l) && timings.ContainsKey($"ours {l} cached")))
        {
            Print($"| list setup inside the analyzer, {ListDescription(list)} (ours − ours cached) | {Ms(M("ours " + list) - M($"ours {list} cached"))} | {Ms(N("ours " + list) - N($"ours {list} cached"))} | |");
        }

        foreach (string list in new[] { Label(10_000), "sdn" }.Where(l => timings.ContainsKey("ours " + l) && timings.ContainsKey($"ours {l} cached")))
        {
            Print($"| allocated per 1k lines, ours − floor, {ListDescription(list)} (list cached: ours cached − floor) | {Bytes((timings["ours " + list].AllocatedBytes - timings["floor"].AllocatedBytes) * 1000 / lines)} ({Bytes((timings[$"ours {list} cached"].AllocatedBytes - timings["floor"].AllocatedBytes) * 1000 / lines)}) | | |");
        }

        Print();
        return new CodebaseResult(codebase, timings);
    }

    /// <summary>
    /// A list file's text as the compiler reads an additional file (<c>EncodedStringText</c>: <c>SourceText.From</c>
    /// over the file's bytes), which computes the checksum while it has the bytes in hand. Made before the run is
    /// timed, as the compiler reads the file before any analyzer runs; a text made from a string would compute its
    /// checksum on first request instead, inside the analyzer's time, which no real build does.
    /// </summary>
    private static SourceText ListFileText(string text)
    {
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SourceText.From(bytes, Encoding.UTF8, SourceHashAlgorithm.Sha256);
    }

    private static RunResult Compile(Codebase codebase, bool clean)
    {
        var compilation = codebase.NewCompilation();
        Collect();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        sw.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        string check = result.Success ? $"emitted {pe.Length / 1024} KiB, 0 errors" : $"{errors.Count} compile errors (not emitted; the time is up to the errors), first: {string.Join(" | ", errors.Take(3))}";
        return new RunResult(sw.Elapsed.TotalMilliseconds, sw.Elapsed.TotalMilliseconds, allocated, check, clean && !result.Success ? check : null);
    }

    private static async Task<RunResult> Analyze(Codebase codebase, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, Func<ImmutableArray<Diagnostic>, (string Check, string? Error)> check)
    {
        var compilation = codebase.NewCompilation();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        Collect();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        sw.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
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

        return new RunResult(executionMs, sw.Elapsed.TotalMilliseconds, allocated, text, error);
    }

    private static (string, string?) Expect(ImmutableArray<Diagnostic> diagnostics, string id, int? expected)
    {
        int found = diagnostics.Count(d => d.Id == id);
        string others = string.Join(", ", diagnostics.Where(d => d.Id != id && d.Id != "AD0001").GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()}"));
        string text = $"{id}: {found}{(expected is null ? string.Empty : $" (expected {expected})")}" + (others.Length > 0 ? $"; also {others}" : string.Empty);
        return (text, expected is null || (found == expected && others.Length == 0) ? null : text);
    }

    private static (string, string?) ExpectOurs(ImmutableArray<Diagnostic> diagnostics, int? expected)
    {
        var ours = diagnostics.Where(IsRestrictedReference).ToList();
        if (expected is null)
        {
            // A user's code base (--sources): what is found is reported, nothing is expected.
            string examples = string.Join("; ", ours.Take(5).Select(d => $"{System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(CultureInfo.InvariantCulture)}"));
            return ($"{DiagnosticIds.RestrictedVendor}+{DiagnosticIds.RestrictedMaterial}: {ours.Count}{(examples.Length > 0 ? " (first: " + examples + ")" : string.Empty)}", null);
        }

        // Only the generated code's plants are counted: the repo's own sources legitimately name listed vendors
        // (the analyzer's word lists, for one), and may change without changing what the benchmark measures.
        bool InGenerated(Diagnostic d) => d.Location.GetLineSpan().Path.StartsWith("/bench/code/", StringComparison.Ordinal);
        int found = ours.Count(InGenerated);
        int inRepo = ours.Count - found;
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

    private static void PrintRetained(IReadOnlyList<MemoryProbes.RetainedRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Print("## Memory the analyzer keeps per list");
        Print();
        Print("Live-heap growth (`GC.GetTotalMemory(true)`) across parsing the list text and building what the analyzer's caches hold between compilations (parsed file, merged list, matcher, symbol and assembly indexes), all held; the list text itself excluded. Allocated: `GC.GetAllocatedBytesForCurrentThread` across the same build.");
        Print();
        Print("| list | entries | retained | allocated while building |");
        Print("|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            Print($"| {ListDescription(row.List)} | {row.Entries:N0} | {row.RetainedBytes / 1e6:F1} MB | {row.AllocatedBytes / 1e6:F1} MB |");
        }

        Print();
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
        Print($"The first parse + index of the {ListDescription(probes.FirstLoadList)} in the process, before any of it was JIT-compiled (a cold compiler process): {Ms(probes.FirstLoadMs)}.");

        Print();
        Print("| lookup (the non-matching tokens of the first code base) | tokens | calls | bytes allocated per call | ns per call | ≈ per code base pass |");
        Print("|---|---:|---:|---:|---:|---:|");
        foreach (var row in probes.Lookups)
        {
            Print($"| {row.What} | {row.Tokens:N0} | {row.Calls:N0} | {row.BytesPerCall:F3} | {row.NanosecondsPerCall:F1} | {Ms(row.Tokens * row.NanosecondsPerCall / 1e6)} |");
        }

        Print();
    }

    /// <summary>The issue's table for the bench's own code bases: one row per code base and list.</summary>
    private static void PrintSummary(IReadOnlyList<CodebaseResult> results)
    {
        Print("## Summary (medians; min – max of the runs in brackets)");
        Print();
        Print("| code base | list | lines | compile | token-walk floor | ours | ours / floor | floor, walk optimized | ours / optimized floor | BannedApiAnalyzers | ours / BannedApi | ours / compile |");
        Print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var t = result.Timings;
            string Span(Timing x) => $"{Ms(x.Median)} ({x.Min:F0}–{x.Max:F0})";
            foreach (string list in new[] { Label(10_000), "sdn", "root" })
            {
                if (!t.TryGetValue("ours " + list, out var ours) || !t.ContainsKey("compile"))
                {
                    continue;
                }

                bool banned = t.TryGetValue("banned", out var b);
                Print($"| {result.Codebase.Name} | {ListDescription(list)} | {result.Codebase.GeneratedLines + result.Codebase.RepoLines:N0} | {Span(t["compile"])} | {Span(t["floor"])} | {Span(ours)} | **{ours.Median / t["floor"].Median:F2}x** | {Span(t["floor optimized"])} | {ours.Median / t["floor optimized"].Median:F2}x | {(banned ? Span(b!) : "–")} | {(banned ? $"{ours.Median / b!.Median:F2}x" : "–")} | {Percent(ours.Median / t["compile"].Median)} |");
            }
        }

        Print();
    }

    private static void PrintTargets(CodebaseResult result, MatcherProbes.Results probes)
    {
        var t = result.Timings;
        Print($"## Targets ({result.Codebase.Name}, sequential)");
        Print();
        Print("| target | measured | met |");
        Print("|---|---:|---|");
        foreach (string list in new[] { Label(10_000), "sdn" })
        {
            string ours = "ours " + list;
            if (!t.ContainsKey(ours))
            {
                continue;
            }

            Target($"ours <= 1.3x floor, {ListDescription(list)}", t[ours].Median / t["floor"].Median, 1.3, v => $"{v:F2}x");
            Target($"ours <= 1.3x floor with its walk optimized (like for like), {ListDescription(list)}", t[ours].Median / t["floor optimized"].Median, 1.3, v => $"{v:F2}x");
            if (t.ContainsKey("compile"))
            {
                Target($"ours <= 3% of compile, {ListDescription(list)}", t[ours].Median / t["compile"].Median, 0.03, Percent);
            }

            if (t.ContainsKey(ours + " cached"))
            {
                Target($"ours <= 1.3x floor, {ListDescription(list)}, list cached (IDE)", t[ours + " cached"].Median / t["floor"].Median, 1.3, v => $"{v:F2}x");
            }
        }

        if (t.ContainsKey($"ours {Label(100_000)}") && t.ContainsKey($"ours {Label(100)}"))
        {
            Target("100,000 entries <= 1.2x 100 entries", t[$"ours {Label(100_000)}"].Median / t[$"ours {Label(100)}"].Median, 1.2, v => $"{v:F2}x");
        }

        if (probes.Loading.FirstOrDefault(l => l.List == Label(10_000)) is { } loading10k)
        {
            Target("parse + index 10,000-entry list < 100 ms", loading10k.TotalMs, 100, v => Ms(v), strict: true);
        }

        foreach (var lookup in probes.Lookups.Where(l => l.What.StartsWith("MatchIdentifier", StringComparison.Ordinal)))
        {
            Target($"0 bytes per non-matching identifier ({lookup.What})", lookup.BytesPerCall, 0, v => $"{v:F3} B ({lookup.AllocatedBytes:N0} B in {lookup.Calls:N0} calls)");
        }

        Print();
    }

    private static void Target(string what, double value, double limit, Func<double, string> format, bool strict = false)
    {
        bool met = strict ? value < limit : value <= limit;
        Print($"| {what} | {format(value)} | {(met ? "yes" : "**no**")} |");
    }

    public static string Bytes(double bytes) => Math.Abs(bytes) >= 1e6 ? $"{bytes / 1e6:F1} MB" : Math.Abs(bytes) >= 1e3 ? $"{bytes / 1e3:F1} KB" : $"{bytes:F0} B";

    public static string Label(int size) => size >= 1000 ? $"{size / 1000}k" : size.ToString(CultureInfo.InvariantCulture);

    public static string ListDescription(string list) => list switch
    {
        "root" => "root list (= seed, 63 entries)",
        "sdn" => "SDN import",
        _ => $"{list}-entry list",
    };

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

internal sealed record RunResult(double Milliseconds, double WallMilliseconds, long AllocatedBytes, string Check, string? Error);

internal sealed record Timing(double Median, double Min, double Max, double AllocatedBytes);

internal sealed record CodebaseResult(Codebase Codebase, Dictionary<string, Timing> Timings);

/// <summary>What every measured run shares: the settings, the lists, the analyzers and where failures go.</summary>
internal sealed record RunContext(
    Settings Settings,
    IReadOnlyDictionary<string, string> ListTexts,
    string BannedSymbols,
    ImmutableArray<DiagnosticAnalyzer> Ours,
    ImmutableArray<DiagnosticAnalyzer> Other,
    ImmutableArray<DiagnosticAnalyzer> Floor,
    ImmutableArray<DiagnosticAnalyzer> OptimizedFloor,
    ImmutableArray<DiagnosticAnalyzer> Banned,
    List<string> Failures);

/// <summary>The diagnostics a code base must produce: exact counts for generated code (its plants), none for a user's sources.</summary>
internal sealed record Expectations(int? Root, int? Generated, int? Sdn, int? Banned, bool CleanCompile)
{
    public static Expectations None { get; } = new(null, null, null, null, CleanCompile: false);

    public static Expectations Of(IReadOnlyList<Plant> plants) =>
        new(plants.Sum(p => p.Ours), plants.Sum(p => p.OursGenerated), plants.Sum(p => p.OursSdn), plants.Sum(p => p.Banned), CleanCompile: true);

    public int? For(string list) => list switch
    {
        "root" => Root,
        "sdn" => Sdn,
        _ => Generated,
    };
}
