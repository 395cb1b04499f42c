using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// How one name or alias of an entry is weighed (docs/contract.md §6.3), and why, in words a list keeper can act
/// on. The matcher indexes names by it; the list tool reports the weak ones.
/// </summary>
public sealed class NameWeight
{
    internal NameWeight(string name, NameWeightKind kind, NameReading reading, IReadOnlyList<string> core, FormRequirement? forms, string reason)
    {
        Name = name;
        Kind = kind;
        Reading = reading;
        Core = core;
        Forms = forms;
        Reason = reason;
    }

    /// <summary>The name or alias as the list writes it.</summary>
    public string Name { get; }

    public NameWeightKind Kind { get; }

    /// <summary>The words that are weighed: folded, without legal forms and the small words (the, of, and, …).</summary>
    public IReadOnlyList<string> Core { get; }

    /// <summary>Whether the name has a legal form at either end.</summary>
    public bool HasLegalForm => Reading.Forms.Count > 0;

    /// <summary>Anything but <see cref="NameWeightKind.Strong"/>: matched only in some spellings.</summary>
    public bool IsWeak => Kind != NameWeightKind.Strong;

    /// <summary>False for one common word without a legal form ("THE BASE", "JIT"): such a name never matches by itself.</summary>
    public bool MatchesByName => Kind != NameWeightKind.OneCommonWord || HasLegalForm;

    /// <summary>Why, in a list keeper's words.</summary>
    public string Reason { get; }

    internal NameReading Reading { get; }

    /// <summary>The legal forms that count as the name's own; null when it has none (then any form will do).</summary>
    internal FormRequirement? Forms { get; }

    public override string ToString() => $"{Name}: {Kind} ({Reason})";
}
