using System.Collections.Generic;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>One vendor entry made from a screening-list record, before it is written as JSON.</summary>
public sealed class ImportedEntry
{
    public ImportedEntry(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; set; }

    public string Name { get; }

    public List<string> Aliases { get; } = new();

    /// <summary>Host names of the record's web sites (<c>domains</c>).</summary>
    public List<string> Domains { get; } = new();

    public string? List { get; set; }

    public string? Authority { get; set; }

    public string? Reference { get; set; }

    public string? Url { get; set; }

    public string? Reason { get; set; }

    public Day? Listed { get; set; }

    public Day? Removed { get; set; }
}

/// <summary>What an import read and made: the entries, and what it left out and why.</summary>
public sealed class ImportResult
{
    public List<ImportedEntry> Entries { get; } = new();

    public int Records { get; set; }

    /// <summary>Individuals: the analyzer is about suppliers.</summary>
    public int SkippedPersons { get; set; }

    /// <summary>Vessels, aircraft and other things that are not organisations.</summary>
    public int SkippedOther { get; set; }

    /// <summary>Organisations that are neither a sanctions target nor named by a sanction (OpenSanctions).</summary>
    public int SkippedNotTargets { get; set; }

    /// <summary>Records whose name has no letter or digit (they could never match).</summary>
    public int SkippedUnnamed { get; set; }

    /// <summary>What was changed in the names read, and how many aliases were duplicates.</summary>
    public NameCleaning Cleaning { get; } = new();

    /// <summary>Dates that could not be read, and similar; the entry is kept, fail-closed.</summary>
    public List<string> Warnings { get; } = new();
}
