namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>How strictly an entry's names must appear in code (the list's <c>match</c> field).</summary>
public enum NameMatchMode
{
    /// <summary>The default: strict for a name of one or two ordinary words ("Cubic Corporation"), words otherwise.</summary>
    Auto,

    /// <summary>The name's words, legal form dropped, consecutively, anywhere in an identifier or literal.</summary>
    Words,

    /// <summary>The name must be followed by a legal form ("Cubic Corp"); a name without one must be the whole identifier or literal.</summary>
    Strict,
}
