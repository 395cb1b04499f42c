namespace SupplierRestrictions.Analyzers.Tests.Rules;

internal static class ExemptionTestLists
{
    public static string ExemptionList(params string[] exemptions) =>
        $$"""
        {
          "schemaVersion": 1,
          "exemptions": [
        {{string.Join(",\n", exemptions)}}
          ]
        }
        """;

    public static string Licence(string until, string extra = "") =>
        $$"""
            { "entries": ["CN-UEL-2025-07-06"], "reason": "maintenance of fielded systems", "reference": "Licence EL-2026-0042", "until": "{{until}}"{{(extra.Length > 0 ? ", " + extra : string.Empty)}} }
        """;
}
