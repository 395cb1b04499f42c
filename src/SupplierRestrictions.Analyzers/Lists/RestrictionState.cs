namespace SupplierRestrictions.Analyzers.Lists;

public enum RestrictionState
{
    NotYetListed,
    Removed,
    Suspended,
    InForce,
}
