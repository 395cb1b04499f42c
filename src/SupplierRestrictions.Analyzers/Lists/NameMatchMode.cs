namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>How strictly an entry's names must appear in code (the list's <c>match</c> field).</summary>
public enum NameMatchMode
{
    /// <summary>The contract's default: the name's words, legal form dropped, consecutively.</summary>
    Words,

    /// <summary>The name must appear with its legal form, or be the whole identifier or literal.</summary>
    Strict,
}
