using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>
/// Seeded property runs on CsCheck generators. Every case has its own CsCheck seed drawn from one fixed master
/// seed, so a normal run always tries the same inputs and a failure names the seed that reproduces it.
/// <list type="bullet">
/// <item><c>SR_FUZZ_ITERATIONS</c>: total number of generated cases across the fuzz properties (default
/// <see cref="DefaultTotalCases"/>), shared out by each property's fixed fraction; set it high for a long run.</item>
/// <item><c>SR_FUZZ_SEED</c>: another master seed (a number), to explore new inputs.</item>
/// <item><c>SR_FUZZ_TRACE</c>: a file to which every case is appended before it runs, to find one that hangs.</item>
/// </list>
/// </summary>
internal static class Fuzz
{
    public const int DefaultTotalCases = 2600;
    public const ulong DefaultMasterSeed = 20261128;

    public static int TotalCases =>
        int.TryParse(Environment.GetEnvironmentVariable("SR_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int total) && total > 0
            ? total
            : DefaultTotalCases;

    public static ulong MasterSeed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("SR_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : DefaultMasterSeed;

    /// <summary>This property's share of the total, at least one case.</summary>
    public static int Cases(double share) => Math.Max(1, (int)Math.Round(TotalCases * share));

    /// <summary>A generator written as plain code over CsCheck's PCG; its size (for shrinking) is the input's length.</summary>
    public static Gen<T> Create<T>(Func<PCG, T> generate, Func<T, int> size) => new FnGen<T>(generate, size);

    public static Gen<string> Create(Func<PCG, string> generate) => new FnGen<string>(generate, s => s.Length);

    /// <summary>Runs <paramref name="property"/> on <paramref name="count"/> generated cases; returns the count.</summary>
    public static int Run<T>(ITestOutputHelper output, string name, Gen<T> gen, int count, Action<T> property, Func<T, string> print)
    {
        var stopwatch = Stopwatch.StartNew();
        var master = new PCG((uint)StableHash(name), MasterSeed);
        for (int i = 0; i < count; i++)
        {
            string seed = new PCG(master.Next(), master.Next64()).ToString();
            T value = gen.Generate(PCG.Parse(seed), null, out _);
            if (Environment.GetEnvironmentVariable("SR_FUZZ_TRACE") is { Length: > 0 } trace)
            {
                File.AppendAllText(trace, $"{name} case {i} seed {seed}\n{Excerpt(print(value), 1_000_000)}\n=====\n");
            }

            try
            {
                property(value);
            }
            catch (Exception e)
            {
                throw new XunitException(
                    $"{name}: case {i} of {count} failed (CsCheck seed {seed}, master seed {MasterSeed}).\n{e}\n--- input ---\n{Excerpt(print(value))}\n--- shrunk ---\n{Shrink(gen, property, seed, print)}");
            }
        }

        output.WriteLine($"{name}: {count} cases passed in {stopwatch.Elapsed.TotalSeconds:F1} s (master seed {MasterSeed}).");
        return count;
    }

    public static async Task<int> RunAsync<T>(ITestOutputHelper output, string name, Gen<T> gen, int count, Func<T, Task> property, Func<T, string> print) =>
        await Task.Run(() => Run(output, name, gen, count, value => property(value).GetAwaiter().GetResult(), print)).ConfigureAwait(false);

    /// <summary>Lets CsCheck look for a smaller failing input, starting from the failing seed.</summary>
    private static string Shrink<T>(Gen<T> gen, Action<T> property, string seed, Func<T, string> print)
    {
        try
        {
            gen.Sample(property, seed: seed, iter: 200, threads: 1, print: v => Excerpt(print(v)));
            return "(CsCheck found no smaller failing input)";
        }
        catch (Exception e)
        {
            return Excerpt(e.Message, 4000);
        }
    }

    public static string Excerpt(string text, int max = 3000)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Length <= max ? text : text.Substring(0, max))
        {
            builder.Append(char.IsSurrogate(c) || (c < ' ' && c != '\n' && c != '\r' && c != '\t') || c == '\uFEFF' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return text.Length <= max ? builder.ToString() : builder + $"… ({text.Length} chars)";
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            int hash = 17;
            foreach (char c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }

    private sealed class FnGen<T> : Gen<T>
    {
        private readonly Func<PCG, T> _generate;
        private readonly Func<T, int> _size;

        public FnGen(Func<PCG, T> generate, Func<T, int> size)
        {
            _generate = generate;
            _size = size;
        }

        public override T Generate(PCG pcg, Size? min, out Size size)
        {
            T value = _generate(pcg);
            size = new Size((ulong)Math.Max(0, _size(value)));
            return value;
        }
    }
}

/// <summary>Small helpers for writing generators as code over a PCG.</summary>
internal static class PcgExtensions
{
    public static int Int(this PCG pcg, int maxExclusive) => maxExclusive <= 1 ? 0 : (int)pcg.Next((uint)maxExclusive);

    public static int Int(this PCG pcg, int min, int maxInclusive) => min + pcg.Int(maxInclusive - min + 1);

    public static bool Chance(this PCG pcg, int percent) => pcg.Int(100) < percent;

    public static T Pick<T>(this PCG pcg, IReadOnlyList<T> items) => items[pcg.Int(items.Count)];

    /// <summary>Mostly small numbers, sometimes large: sizes of generated things.</summary>
    public static int Skewed(this PCG pcg, int max) => pcg.Chance(80) ? pcg.Int(Math.Min(max, 8) + 1) : pcg.Int(max + 1);
}
