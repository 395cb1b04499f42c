namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>The list-file diagnostic ids, shared by the list layer and the Roslyn glue.</summary>
public static class ListDiagnosticIds
{
    public const string Unreadable = "SR0001";
    public const string InvalidEntry = "SR0002";
    public const string DuplicateId = "SR0003";
    public const string InvalidExemption = "SR0006";
}
