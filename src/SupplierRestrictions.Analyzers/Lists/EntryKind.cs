namespace SupplierRestrictions.Analyzers.Lists;

public enum EntryKind
{
    Vendor,
    Material,
}
