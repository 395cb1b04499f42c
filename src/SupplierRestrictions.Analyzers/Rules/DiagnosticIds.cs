namespace SupplierRestrictions.Analyzers.Rules;

/// <summary>Every diagnostic id of the package, in one place (docs/contract.md §4).</summary>
public static class DiagnosticIds
{
    public const string ListUnreadable = "SR0001";
    public const string EntryInvalid = "SR0002";
    public const string DuplicateEntryId = "SR0003";
    public const string NoList = "SR0004";
    public const string InvalidProperty = "SR0005";
    public const string ExemptionInvalid = "SR0006";
    public const string ExemptionStale = "SR0007";
    public const string RestrictedVendor = "SR1001";
    public const string RestrictedMaterial = "SR1002";
    public const string SuspensionEndsSoon = "SR1003";
    public const string RestrictedAssembly = "SR1004";
    public const string ExemptionEndsSoon = "SR1005";
    public const string RestrictedPackage = "SR1006";
}
