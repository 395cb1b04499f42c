using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SupplierRestrictions.Benchmarks;

/// <summary>Command line: <c>[--quick] [--runs N] [--lines 100000,500000] [--out FILE] [--dump DIR]</c>.</summary>
internal sealed class Settings
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/SupplierRestrictions.Benchmarks -- [options]
          --quick            100k-line code base only, 3 runs (a smoke test, about 2 minutes)
          --runs N           measured runs per mode (default 5, quick 3); the median is reported
          --lines A,B        generated code base sizes in lines (default 100000,500000)
          --out FILE         also write the report (Markdown) to FILE
          --dump DIR         write the generated code bases to DIR to read them
        """;

    public bool Quick { get; private set; }

    public bool Help { get; private set; }

    public int Runs { get; private set; } = 5;

    public IReadOnlyList<int> Lines { get; private set; } = new[] { 100_000, 500_000 };

    public string? Output { get; private set; }

    public string? Dump { get; private set; }

    public static Settings Parse(string[] args)
    {
        var settings = new Settings();
        int? runs = null;
        IReadOnlyList<int>? lines = null;
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
                    lines = Value().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
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
            settings.Lines = new[] { 100_000 };
        }

        settings.Runs = runs ?? settings.Runs;
        settings.Lines = lines ?? settings.Lines;
        if (settings.Runs < 1 || settings.Lines.Count == 0 || settings.Lines.Any(l => l < 10_000))
        {
            throw new ArgumentException("--runs must be at least 1 and --lines at least 10000 each");
        }

        return settings;
    }
}
