using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>A licence or approved exception that stops some entries from being reported, for a time (docs/contract.md §7).</summary>
public sealed class Exemption
{
    internal Exemption(
        IReadOnlyList<string> entryIds,
        IReadOnlyList<TextRange> entryIdRanges,
        IReadOnlyList<string> paths,
        string reason,
        string? reference,
        Day? from,
        Day until,
        TextRange range)
    {
        EntryIds = entryIds;
        EntryIdRanges = entryIdRanges;
        Paths = paths;
        Reason = reason;
        Reference = reference;
        From = from;
        Until = until;
        Range = range;
    }

    public IReadOnlyList<string> EntryIds { get; }

    public IReadOnlyList<TextRange> EntryIdRanges { get; }

    /// <summary>Globs relative to the folder of the list file that holds the exemption; empty means every file.</summary>
    public IReadOnlyList<string> Paths { get; }

    public string Reason { get; }

    public string? Reference { get; }

    public Day? From { get; }

    public Day Until { get; }

    public TextRange Range { get; }

    public bool AppliesOn(Day day) => (From is null || From.Value <= day) && day <= Until;

    /// <summary>How users recognise the exemption in a message: its reference, else its reason.</summary>
    public string DisplayName => Reference ?? Reason;
}
