using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SupplierRestrictions.Benchmarks;

/// <summary>The command line (see <see cref="Usage"/>).</summary>
internal sealed class Settings
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/SupplierRestrictions.Benchmarks -- [options]
          --quick             both profiles at 50k lines, 3 runs, lists root,10k,sdn (a smoke test, a few minutes)
          --profile P         library, application or both (default both): which generated code to measure
          --lines N           generated lines per profile (default 200000)
          --runs N            measured runs per mode (default 5, quick 3); the median is reported
          --lists A,B         lists to run ours with: root, 100, 1k, 10k, 100k, sdn (default all of them)
          --sdn FILE          the OFAC SDN CSV (CSL layout) for the sdn list (default ../shared/data/real-lists/ofac-sdn.csl.csv)
          --sources DIR       measure a real code base instead: every *.cs under DIR (bin/ and obj/ left out)
          --reference PATH    with --sources: a reference assembly or a folder of them (repeatable; the SDK's
                              reference assemblies are always there)
          --define SYMBOL     with --sources: a preprocessor symbol (repeatable)
          --only KEY,KEY      time only these modes (and the floor), e.g. "ours 10k cached": to profile one mode
          --measure-only      print the code measures next to the targets and stop (no timing)
          --compare-with DLL  another build of SupplierRestrictions.Analyzers.dll, loaded in its own load context and
                              run in the same process as modes "other L" next to "ours L": an A/B that the machine's
                              drift between processes cannot disturb
          --out FILE          also write the report (Markdown) to FILE
          --dump DIR          write the generated code bases and lists to DIR to read them
        """;

    public static readonly string[] AllLists = { "root", "100", "1k", "10k", "100k", "sdn" };

    public bool Quick { get; private set; }

    public bool Help { get; private set; }

    public bool MeasureOnly { get; private set; }

    public int Runs { get; private set; } = 5;

    public int Lines { get; private set; } = 200_000;

    public IReadOnlyList<CodeProfile> Profiles { get; private set; } = CodeProfile.All;

    public IReadOnlyList<string> Lists { get; private set; } = AllLists;

    public string? SdnPath { get; private set; }

    /// <summary>Another build of the analyzer to time against ours in the same process (<c>--compare-with</c>).</summary>
    public string? CompareWith { get; private set; }

    public string? Sources { get; private set; }

    public List<string> References { get; } = new();

    public List<string> Defines { get; } = new();

    public List<string> Only { get; } = new();

    public string? Output { get; private set; }

    public string? Dump { get; private set; }

    public static Settings Parse(string[] args)
    {
        var settings = new Settings();
        int? runs = null, lines = null;
        IReadOnlyList<string>? lists = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--quick":
                    settings.Quick = true;
                    break;
                case "--runs":
                    runs = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--lines":
                    lines = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--profile":
                    string profile = Value();
                    settings.Profiles = profile == "both"
                        ? CodeProfile.All
                        : CodeProfile.All.Where(p => p.Name == profile).ToArray() is { Length: 1 } one ? one : throw new ArgumentException($"unknown profile {profile}: library, application or both");
                    break;
                case "--lists":
                    lists = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (lists.FirstOrDefault(l => !AllLists.Contains(l)) is { } unknown)
                    {
                        throw new ArgumentException($"unknown list {unknown}: {string.Join(", ", AllLists)}");
                    }

                    break;
                case "--sdn":
                    settings.SdnPath = Value();
                    break;
                case "--compare-with":
                    settings.CompareWith = Value();
                    break;
                case "--sources":
                    settings.Sources = Value();
                    break;
                case "--reference":
                    settings.References.Add(Value());
                    break;
                case "--define":
                    settings.Defines.Add(Value());
                    break;
                case "--only":
                    settings.Only.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--measure-only":
                    settings.MeasureOnly = true;
                    break;
                case "--out":
                    settings.Output = Value();
                    break;
                case "--dump":
                    settings.Dump = Value();
                    break;
                case "-h":
                case "--help":
                    settings.Help = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument {args[i]}");
            }
        }

        if (settings.Quick)
        {
            settings.Runs = 3;
            settings.Lines = 50_000;
            settings.Lists = new[] { "root", "10k", "sdn" };
        }

        settings.Runs = runs ?? settings.Runs;
        settings.Lines = lines ?? settings.Lines;
        settings.Lists = lists ?? settings.Lists;
        if (settings.Runs < 1 || settings.Lines < 10_000)
        {
            throw new ArgumentException("--runs must be at least 1 and --lines at least 10000");
        }

        if (settings.Sources is null && (settings.References.Count > 0 || settings.Defines.Count > 0))
        {
            throw new ArgumentException("--reference and --define go with --sources");
        }

        return settings;
    }
}
