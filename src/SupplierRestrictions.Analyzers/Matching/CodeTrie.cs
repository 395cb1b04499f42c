using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Codes as a character trie, so finding every code that starts at a position costs at most the length of
/// the longest code, not the number of codes.
/// </summary>
internal sealed class CodeTrie
{
    private readonly bool _ignoreCase;
    private readonly Dictionary<long, int> _edges = new();
    private readonly List<List<int>?> _entries = new() { null };

    public CodeTrie(bool ignoreCase) => _ignoreCase = ignoreCase;

    public bool IsEmpty => _edges.Count == 0;

    public void Add(string code, int entryIndex)
    {
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
        int node = 0;
        for (int i = start; i < text.Length; i++)
        {
            if (!_edges.TryGetValue(Key(node, text[i]), out node))
            {
                return;
            }

            if (_entries[node] is { } entries && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                foreach (int entryIndex in entries)
                {
                    matches.Add(entryIndex);
                }
            }
        }
    }

    private long Key(int node, char c) => ((long)node << 16) | (_ignoreCase ? char.ToUpperInvariant(c) : c);
}
