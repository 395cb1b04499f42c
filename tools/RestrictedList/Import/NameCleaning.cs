namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>What import changed in the names it read (docs/contract.md §6.4), counted for its summary.</summary>
public sealed class NameCleaning
{
    /// <summary>Name or alias values that held several names separated by ';'.</summary>
    public int SplitAtSemicolon { get; set; }

    /// <summary>Acronyms in parentheses moved from a name or alias to an alias of their own.</summary>
    public int AcronymsMoved { get; set; }

    /// <summary>Names and aliases whose quotation marks were dropped.</summary>
    public int QuotesDropped { get; set; }

    /// <summary>Aliases dropped because the matcher reads them as the same words as the name or an earlier alias.</summary>
    public int DuplicateAliases { get; set; }

    public int NamesCleaned => SplitAtSemicolon + AcronymsMoved + QuotesDropped;

    public void Add(NameCleaning other)
    {
        SplitAtSemicolon += other.SplitAtSemicolon;
        AcronymsMoved += other.AcronymsMoved;
        QuotesDropped += other.QuotesDropped;
        DuplicateAliases += other.DuplicateAliases;
    }
}
