namespace SupplierRestrictions.Analyzers.Settings;

/// <summary>The MSBuild properties of docs/contract.md §3, as the analyzer sees them (<c>build_property.*</c> options).</summary>
public static class BuildProperties
{
    public const string Date = "SupplierRestrictionsDate";
    public const string WarningDays = "SupplierRestrictionsWarningDays";
    public const string ScanComments = "SupplierRestrictionsScanComments";

    /// <summary>
    /// Days before a suspension or exemption ends from which SR1003/SR1005 warn, when the property is not set.
    /// The package's .targets file sets the same default for builds (a test keeps the two equal).
    /// </summary>
    public const int DefaultWarningDays = 30;

    /// <summary>The analyzer config key of a property: <c>build_property.SupplierRestrictionsDate</c>.</summary>
    public static string Key(string property) => "build_property." + property;
}
