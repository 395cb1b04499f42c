using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Roslyn;

internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/SupplierRestrictions/SupplierRestrictions.Analyzers/blob/main/docs/rules/";

    private const string Configuration = "Configuration";
    private const string Compliance = "Compliance";

    public static readonly DiagnosticDescriptor ListUnreadable = Create(
        DiagnosticIds.ListUnreadable,
        "Restriction list cannot be read",
        "Restriction list cannot be read: {0}",
        Configuration,
        DiagnosticSeverity.Error,
        "A restriction list file is malformed JSON, has the wrong root shape or an unknown schemaVersion. The build fails rather than enforcing fewer restrictions than the list holds.");

    public static readonly DiagnosticDescriptor EntryInvalid = Create(
        DiagnosticIds.EntryInvalid,
        "Restriction list entry is invalid",
        "Invalid restriction list entry: {0}",
        Configuration,
        DiagnosticSeverity.Error,
        "An entry misses a required field, has an unknown field or kind, a bad date, a suspension whose from is after its until, or removed before listed. What is valid in the entry is still enforced.");

    public static readonly DiagnosticDescriptor DuplicateEntryId = Create(
        DiagnosticIds.DuplicateEntryId,
        "Duplicate restriction entry id",
        "Entry id '{0}' is already used in {1}; this entry is ignored",
        Configuration,
        DiagnosticSeverity.Warning,
        "Entry ids must be unique across all merged list files. The first entry in ordinal path order is kept.");

    public static readonly DiagnosticDescriptor NoList = Create(
        DiagnosticIds.NoList,
        "No restriction list found",
        "SupplierRestrictions.Analyzers is installed but no restriction list was found; nothing is enforced. Put restricted-list.json in the project's folder or any folder above it, or set SupplierRestrictionsListPath, or add a *.restricted-list.json as an AdditionalFile.",
        Configuration,
        DiagnosticSeverity.Warning,
        "The analyzer found no AdditionalFiles named restricted-list.json or *.restricted-list.json.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidProperty = Create(
        DiagnosticIds.InvalidProperty,
        "Invalid SupplierRestrictions build property",
        "{0}",
        Configuration,
        DiagnosticSeverity.Error,
        "SupplierRestrictionsDate must be a calendar day written YYYY-MM-DD; SupplierRestrictionsWarningDays a non-negative whole number; SupplierRestrictionsScanComments true or false.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ExemptionInvalid = Create(
        DiagnosticIds.ExemptionInvalid,
        "Restriction list exemption is invalid",
        "Invalid exemption: {0}",
        Configuration,
        DiagnosticSeverity.Warning,
        "An exemption names an unknown entry, misses its reason or until, or has a bad glob or date. An invalid exemption exempts nothing.");

    public static readonly DiagnosticDescriptor ExemptionStale = Create(
        DiagnosticIds.ExemptionStale,
        "Exemption exempted nothing",
        "Exemption '{0}' exempted nothing in this compilation: {1}; remove it if it is no longer needed",
        Configuration,
        DiagnosticSeverity.Info,
        "An exemption that applies today did not exempt any reference in this compilation, and no reference it covers comes into force before it ends. The message says why: its entries are removed or not in force while it applies, or no file it covers refers to them.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor RestrictedVendor = Create(
        DiagnosticIds.RestrictedVendor,
        "Reference to a restricted vendor",
        "'{0}' refers to restricted vendor '{1}' [{2}, {3}]: {4}",
        Compliance,
        DiagnosticSeverity.Warning,
        "The code refers to a vendor whose restriction is in force on the evaluation date.");

    public static readonly DiagnosticDescriptor RestrictedMaterial = Create(
        DiagnosticIds.RestrictedMaterial,
        "Reference to a restricted material",
        "'{0}' refers to restricted material '{1}' [{2}, {3}]: {4}",
        Compliance,
        DiagnosticSeverity.Warning,
        "The code refers to a material whose restriction is in force on the evaluation date.");

    public static readonly DiagnosticDescriptor SuspensionEndsSoon = Create(
        DiagnosticIds.SuspensionEndsSoon,
        "Restriction suspension ends soon",
        "'{0}' refers to {1} '{2}' [{3}, {4}]: its restriction is suspended until {5}; from {6}, in {7} day(s), {8}",
        Compliance,
        DiagnosticSeverity.Info,
        "The code refers to a vendor or material whose restriction is suspended, and the suspension ends within SupplierRestrictionsWarningDays. The message says what happens the day after: the restriction is enforced again, or an exemption covering the code then applies (and until when).");

    public static readonly DiagnosticDescriptor RestrictedAssembly = Create(
        DiagnosticIds.RestrictedAssembly,
        "Assembly of a restricted vendor is referenced",
        "The compilation references assembly '{0}' of restricted vendor '{1}' [{2}, {3}]: {4}",
        Compliance,
        DiagnosticSeverity.Warning,
        "A metadata reference's assembly name equals an assembly listed for a vendor whose restriction is in force.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ExemptionEndsSoon = Create(
        DiagnosticIds.ExemptionEndsSoon,
        "Exemption ends soon",
        "'{0}' refers to {1} '{2}' [{3}, {4}], exempted by '{5}' until {6}; it is reported again from {7}, in {8} day(s)",
        Compliance,
        DiagnosticSeverity.Info,
        "A reference is exempted, and the exemption ends within SupplierRestrictionsWarningDays.");

    public static readonly DiagnosticDescriptor RestrictedPackage = Create(
        DiagnosticIds.RestrictedPackage,
        "NuGet package of a restricted vendor is referenced",
        "The project references package '{0}' {1} ({2}) of restricted {3} '{4}' [{5}, {6}]: {7}",
        Compliance,
        DiagnosticSeverity.Warning,
        "The project references, directly or transitively, a NuGet package whose id matches the packages of an entry whose restriction is in force.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        ListUnreadable,
        EntryInvalid,
        DuplicateEntryId,
        NoList,
        InvalidProperty,
        ExemptionInvalid,
        ExemptionStale,
        RestrictedVendor,
        RestrictedMaterial,
        SuspensionEndsSoon,
        RestrictedAssembly,
        ExemptionEndsSoon,
        RestrictedPackage);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    public static DiagnosticDescriptor ForList(string id) => id switch
    {
        DiagnosticIds.ListUnreadable => ListUnreadable,
        DiagnosticIds.EntryInvalid => EntryInvalid,
        DiagnosticIds.DuplicateEntryId => DuplicateEntryId,
        _ => ExemptionInvalid,
    };

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description, params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
}
