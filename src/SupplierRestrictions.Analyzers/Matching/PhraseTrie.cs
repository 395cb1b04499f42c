using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Name phrases as a trie over word ids. Walking it from a word costs one hash lookup per word of the
/// longest phrase that starts there, however many phrases the list has.
/// </summary>
internal sealed class PhraseTrie
{
    public const int Root = 0;
    public const int None = -1;

    private readonly Dictionary<long, int> _edges = new();
    private readonly List<List<PhraseTarget>?> _targets = new() { null };

    public int Step(int node, int wordId) =>
        wordId >= 0 && _edges.TryGetValue(Key(node, wordId), out int next) ? next : None;

    /// <summary>What a phrase ending at <paramref name="node"/> refers to; null for most nodes.</summary>
    public List<PhraseTarget>? TargetsAt(int node) => _targets[node];

    public void Add(IReadOnlyList<int> wordIds, PhraseTarget target)
    {
        int node = Root;
        foreach (int wordId in wordIds)
        {
            long key = Key(node, wordId);
            if (!_edges.TryGetValue(key, out int next))
            {
                next = _targets.Count;
                _targets.Add(null);
                _edges.Add(key, next);
            }

            node = next;
        }

        var targets = _targets[node] ??= new List<PhraseTarget>(1);
        for (int i = 0; i < targets.Count; i++)
        {
            if (targets[i].EntryIndex == target.EntryIndex)
            {
                // The weakest requirement wins: a phrase that matches anywhere makes "strict" moot.
                if (!target.Strict)
                {
                    targets[i] = target;
                }

                return;
            }
        }

        targets.Add(target);
    }

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}

/// <summary>
/// An entry a phrase stands for, and whether it is strict: then the phrase must be all of the identifier or
/// literal, or be followed by a legal form ("Cubic" or "CubicCorp", not "CubicBezier").
/// </summary>
internal readonly struct PhraseTarget
{
    public PhraseTarget(int entryIndex, bool strict)
    {
        EntryIndex = entryIndex;
        Strict = strict;
    }

    public int EntryIndex { get; }

    public bool Strict { get; }
}
