using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>An exemption with its entry ids resolved against all merged list files.</summary>
public sealed class ResolvedExemption
{
    public ResolvedExemption(int index, Exemption exemption, int fileIndex, IReadOnlyList<int> entryIndices)
    {
        Index = index;
        Exemption = exemption;
        FileIndex = fileIndex;
        EntryIndices = entryIndices;
    }

    /// <summary>Position among all exemptions of the merged list.</summary>
    public int Index { get; }

    public Exemption Exemption { get; }

    /// <summary>The list file that holds it (its globs are relative to that file's folder).</summary>
    public int FileIndex { get; }

    /// <summary>Indices in <see cref="RestrictionList.Entries"/> of the entries it covers.</summary>
    public IReadOnlyList<int> EntryIndices { get; }
}

/// <summary>A list-file problem found only once all files are merged (an exemption naming an unknown id).</summary>
public sealed class MergedListProblem
{
    public MergedListProblem(int fileIndex, ListDiagnostic diagnostic)
    {
        FileIndex = fileIndex;
        Diagnostic = diagnostic;
    }

    public int FileIndex { get; }

    public ListDiagnostic Diagnostic { get; }
}
