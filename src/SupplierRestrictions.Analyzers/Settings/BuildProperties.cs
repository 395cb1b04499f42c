namespace SupplierRestrictions.Analyzers.Settings;

/// <summary>The MSBuild properties of CONTRACT §3, as the analyzer sees them (<c>build_property.*</c> options).</summary>
public static class BuildProperties
{
    public const string Date = "SupplierRestrictionsDate";
    public const string WarningDays = "SupplierRestrictionsWarningDays";
    public const string ScanComments = "SupplierRestrictionsScanComments";

    /// <summary>The analyzer config key of a property: <c>build_property.SupplierRestrictionsDate</c>.</summary>
    public static string Key(string property) => "build_property." + property;
}
