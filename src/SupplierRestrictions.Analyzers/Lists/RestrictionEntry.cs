using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>One restriction of one list, as read from a list file.</summary>
public sealed class RestrictionEntry
{
    internal RestrictionEntry(
        string id,
        EntryKind kind,
        string name,
        IReadOnlyList<string> aliases,
        IReadOnlyList<string> codes,
        IReadOnlyList<string> symbols,
        IReadOnlyList<string> assemblies,
        IReadOnlyList<string> packages,
        IReadOnlyList<string> domains,
        EntryDetails details,
        Day? listed,
        Day? removed,
        IReadOnlyList<Suspension> suspensions,
        NameMatchMode match,
        TextRange range,
        TextRange idRange)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Aliases = aliases;
        Codes = codes;
        Symbols = symbols;
        Assemblies = assemblies;
        Packages = packages;
        Domains = domains;
        Details = details;
        Listed = listed;
        Removed = removed;
        Suspensions = suspensions;
        Match = match;
        Range = range;
        IdRange = idRange;
    }

    public string Id { get; }

    public EntryKind Kind { get; }

    public string Name { get; }

    public IReadOnlyList<string> Aliases { get; }

    public IReadOnlyList<string> Codes { get; }

    public IReadOnlyList<string> Symbols { get; }

    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>NuGet package ids, exact or ending in <c>*</c> (SR1006).</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>Host names of the vendor's web services, matched in literals like a name.</summary>
    public IReadOnlyList<string> Domains { get; }

    public EntryDetails Details { get; }

    public Day? Listed { get; }

    public Day? Removed { get; }

    public IReadOnlyList<Suspension> Suspensions { get; }

    public NameMatchMode Match { get; }

    /// <summary>The entry's object in its list file.</summary>
    public TextRange Range { get; }

    /// <summary>The entry's <c>id</c> value (where a duplicate id is reported).</summary>
    public TextRange IdRange { get; }

    /// <summary>The list the entry is on, as users know it: its list, else its authority.</summary>
    public string ListName => Details.List ?? Details.Authority ?? "restriction list";

    /// <summary>"vendor" or "material", as written in the list.</summary>
    public string KindName => Kind == EntryKind.Vendor ? "vendor" : "material";

    public RestrictionStatus StatusOn(Day day) => RestrictionStatus.Evaluate(this, day);

    public override string ToString() => $"{Id} ({Name})";
}

/// <summary>The descriptive fields shown to users; none of them changes what matches.</summary>
public sealed class EntryDetails
{
    public EntryDetails(string? list, string? authority, string? reference, string? url, string? reason)
    {
        List = list;
        Authority = authority;
        Reference = reference;
        Url = url;
        Reason = reason;
    }

    public string? List { get; }

    public string? Authority { get; }

    public string? Reference { get; }

    public string? Url { get; }

    public string? Reason { get; }
}
