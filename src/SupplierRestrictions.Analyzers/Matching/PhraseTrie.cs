using System.Collections.Generic;
using System.Runtime.CompilerServices;

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

    [MethodImpl(HotPath.Optimized)]
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
            if (targets[i].EntryIndex != target.EntryIndex)
            {
                continue;
            }

            // The weakest requirement wins: a phrase that matches anywhere makes the others moot.
            if (targets[i].Requirement == PhraseRequirement.Anywhere)
            {
                return;
            }

            if (target.Requirement == PhraseRequirement.Anywhere)
            {
                targets[i] = target;
                return;
            }

            if (targets[i].Requirement == target.Requirement)
            {
                targets[i] = targets[i].WithFormsOf(target);
                return;
            }
        }

        targets.Add(target);
    }

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}

/// <summary>What must hold, besides the words, for a phrase to name its entry (docs/contract.md §6.3).</summary>
internal enum PhraseRequirement
{
    /// <summary>Nothing: the words anywhere, as whole words.</summary>
    Anywhere,

    /// <summary>One of the name's legal forms right after the words, or (a form that may lead) right before them.</summary>
    WithForm,

    /// <summary>The legal form, or the words are the whole identifier or literal ("Group W", <c>ShieldAI</c>).</summary>
    WithFormOrWhole,

    /// <summary>The legal form, or the words written in capitals (<c>BNCClient</c>, not <c>BncClient</c>).</summary>
    WithFormOrCapitals,
}

/// <summary>An entry a phrase stands for, what must hold for it to match, and which legal forms count.</summary>
internal readonly struct PhraseTarget
{
    public PhraseTarget(int entryIndex, PhraseRequirement requirement, FormRequirement? forms)
    {
        EntryIndex = entryIndex;
        Requirement = requirement;
        Forms = forms;
    }

    public int EntryIndex { get; }

    public PhraseRequirement Requirement { get; }

    /// <summary>The legal forms that count as the name's own; null: any legal form.</summary>
    public FormRequirement? Forms { get; }

    /// <summary>One target for two names of an entry with the same words and requirement: either one's forms count.</summary>
    public PhraseTarget WithFormsOf(PhraseTarget other) =>
        new(EntryIndex, Requirement, FormRequirement.Union(Forms, other.Forms));
}
