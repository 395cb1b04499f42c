using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists.Reading;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>What one list file holds once read and validated. Depends on the text alone, so it can be cached per text.</summary>
public sealed class ParsedListFile
{
    internal ParsedListFile(IReadOnlyList<RestrictionEntry> entries, IReadOnlyList<Exemption> exemptions, IReadOnlyList<ListDiagnostic> diagnostics, int declaredEntryCount = 0, int declaredExemptionCount = 0)
    {
        Entries = entries;
        Exemptions = exemptions;
        Diagnostics = diagnostics;
        DeclaredEntryCount = declaredEntryCount;
        DeclaredExemptionCount = declaredExemptionCount;
    }

    /// <summary>Every entry with an id, a kind and a usable name, including entries that also have errors (fail closed).</summary>
    public IReadOnlyList<RestrictionEntry> Entries { get; }

    /// <summary>Valid exemptions only: an invalid exemption exempts nothing.</summary>
    public IReadOnlyList<Exemption> Exemptions { get; }

    /// <summary>How many items the file's "entries" array holds, including those too broken to enforce.</summary>
    public int DeclaredEntryCount { get; }

    /// <summary>How many items the file's "exemptions" array holds, including invalid ones.</summary>
    public int DeclaredExemptionCount { get; }

    public IReadOnlyList<ListDiagnostic> Diagnostics { get; }

    public bool IsUnreadable => Diagnostics.Any(d => d.Id == DiagnosticIds.ListUnreadable);

    public static ParsedListFile Parse(string text) => ListFileReader.Read(text);

    /// <summary>A file that could not be read at all: SR0001 at its start, nothing enforced from it.</summary>
    internal static ParsedListFile Failed(string message) => new(
        new RestrictionEntry[0],
        new Exemption[0],
        new[] { new ListDiagnostic(DiagnosticIds.ListUnreadable, message, default) });
}
