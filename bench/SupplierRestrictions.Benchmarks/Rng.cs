using System;
using System.Collections.Generic;

namespace SupplierRestrictions.Benchmarks;

/// <summary>SplitMix64: a tiny deterministic generator, so the generated code and lists never depend on the runtime's Random.</summary>
internal sealed class Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public char Digit() => (char)('0' + Next(10));

    public char UpperOrDigit()
    {
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        return Alphabet[Next(Alphabet.Length)];
    }

    public static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    public static string Camel(string word) => word.Length == 0 ? word : char.ToLowerInvariant(word[0]) + word.Substring(1);

    public static ulong Seed(string text)
    {
        ulong hash = 1469598103934665603UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    public static int Clamp(int value, int min, int max) => Math.Max(min, Math.Min(max, value));
}
