using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Codes as a character trie, so finding every code that starts at a position costs at most the length of
/// the longest code, not the number of codes. Case is ignored for ASCII letters only (when asked), so the answer
/// never depends on the host's casing tables.
/// </summary>
internal sealed class CodeTrie
{
    private readonly bool _ignoreCase;
    private readonly Dictionary<long, int> _edges = new();
    private readonly List<List<int>?> _entries = new() { null };

    // Almost no word of a literal starts a code. These bits (the low bytes of a code's first two chars; one char for
    // a code of one) answer that in one read of an 8 KB array instead of dictionary probes into a trie that, with a
    // long list, is far larger than the cache. A set bit only means "maybe": the trie decides.
    private readonly ulong[] _pairStarts = new ulong[65536 / 64];
    private readonly ulong[] _singleStarts = new ulong[256 / 64];

    public CodeTrie(bool ignoreCase) => _ignoreCase = ignoreCase;

    public bool IsEmpty => _edges.Count == 0;

    public void Add(string code, int entryIndex)
    {
        int first = Fold(code[0]) & 0xFF;
        if (code.Length == 1)
        {
            _singleStarts[first >> 6] |= 1UL << first;
        }
        else
        {
            int pair = (first << 8) | (Fold(code[1]) & 0xFF);
            _pairStarts[pair >> 6] |= 1UL << pair;
        }

        int node = 0;
        foreach (char c in code)
        {
            long key = Key(node, c);
            if (!_edges.TryGetValue(key, out int next))
            {
                next = _entries.Count;
                _entries.Add(null);
                _edges.Add(key, next);
            }

            node = next;
        }

        var entries = _entries[node] ??= new List<int>(1);
        if (!entries.Contains(entryIndex))
        {
            entries.Add(entryIndex);
        }
    }

    /// <summary>Adds every code that occupies <paramref name="text"/> from <paramref name="start"/> up to a token boundary.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void MatchAt(string text, int start, ref MatchSet matches)
    {
        if (!MayStartAt(text, start))
        {
            return;
        }

        int node = 0;
        for (int i = start; i < text.Length; i++)
        {
            if (!_edges.TryGetValue(Key(node, text[i]), out node))
            {
                return;
            }

            if (_entries[node] is { } entries && (i + 1 == text.Length || !WordCursor.IsLetterOrDigit(text[i + 1])))
            {
                foreach (int entryIndex in entries)
                {
                    matches.Add(entryIndex);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartAt(string text, int start)
    {
        int first = Fold(text[start]) & 0xFF;
        if ((_singleStarts[first >> 6] & (1UL << first)) != 0)
        {
            return true;
        }

        if (start + 1 == text.Length)
        {
            return false;
        }

        int pair = (first << 8) | (Fold(text[start + 1]) & 0xFF);
        return (_pairStarts[pair >> 6] & (1UL << pair)) != 0;
    }

    private long Key(int node, char c) => ((long)node << 16) | Fold(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char Fold(char c) => _ignoreCase && (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - ('a' - 'A')) : c;
}
