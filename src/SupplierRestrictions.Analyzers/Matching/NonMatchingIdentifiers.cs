using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Identifiers a matcher has just found to name nothing, one small table per thread. Code repeats its names (every
/// <c>Count</c>, <c>value</c>, <c>ToString</c>), so most identifier tokens were seen a moment ago; such a token is
/// answered with one string comparison instead of being cut into words and hashed again. The table only skips work
/// whose answer is known: it is direct-mapped, overwritten freely, and emptied when the thread switches to another
/// matcher, so it can never change an answer.
/// </summary>
internal sealed class NonMatchingIdentifiers
{
    private const int SlotBits = 12;

    [ThreadStatic]
    private static NonMatchingIdentifiers? _threadTable;

    private static int _lastMatcherId;

    private readonly string?[] _slots = new string?[1 << SlotBits];
    private int _matcherId;

    private NonMatchingIdentifiers(int matcherId) => _matcherId = matcherId;

    /// <summary>A number for each matcher, so that a table remembers whose answers it holds without keeping the matcher alive.</summary>
    public static int NewMatcherId() => Interlocked.Increment(ref _lastMatcherId);

    /// <summary>This thread's table for the matcher numbered <paramref name="matcherId"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NonMatchingIdentifiers ForThread(int matcherId)
    {
        var table = _threadTable;
        if (table is null)
        {
            return _threadTable = new NonMatchingIdentifiers(matcherId);
        }

        if (table._matcherId != matcherId)
        {
            Array.Clear(table._slots, 0, table._slots.Length);
            table._matcherId = matcherId;
        }

        return table;
    }

    /// <summary>Whether the table still holds the answers of the matcher numbered <paramref name="matcherId"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsFor(int matcherId) => _matcherId == matcherId;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(string identifier) =>
        identifier.Length > 0 && string.Equals(_slots[Slot(identifier)], identifier);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(string identifier)
    {
        if (identifier.Length > 0)
        {
            _slots[Slot(identifier)] = identifier;
        }
    }

    /// <summary>From the length and four chars: constant time, and different enough for the names of one code base.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Slot(string identifier)
    {
        int length = identifier.Length;
        uint mixed = (uint)length;
        mixed = unchecked((mixed * 31) + identifier[0]);
        mixed = unchecked((mixed * 31) + identifier[length >> 2]);
        mixed = unchecked((mixed * 31) + identifier[length >> 1]);
        mixed = unchecked((mixed * 31) + identifier[length - 1]);

        // Fibonacci hashing: the top bits of the product depend on every bit of the input.
        return (int)(unchecked(mixed * 0x9E3779B9u) >> (32 - SlotBits));
    }
}
