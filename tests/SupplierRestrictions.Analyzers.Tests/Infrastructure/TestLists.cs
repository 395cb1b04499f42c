using SupplierRestrictions.Analyzers.Lists;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>Small list files for tests, built from entry JSON so each test shows only what it is about.</summary>
internal static class TestLists
{
    public static string With(params string[] entries) =>
        $$"""
        {
          "schemaVersion": 1,
          "entries": [
        {{string.Join(",\n", entries)}}
          ]
        }
        """;

    /// <summary>The entries of a list made of <paramref name="entries"/>, which must read without a problem.</summary>
    public static IReadOnlyList<RestrictionEntry> Read(params string[] entries)
    {
        var parsed = ParsedListFile.Parse(With(entries));
        Assert.Empty(parsed.Diagnostics);
        return parsed.Entries;
    }

    public static string Vendor(string id, string name, string extra = "") =>
        $$"""
            { "id": "{{id}}", "kind": "vendor", "name": "{{name}}", "list": "Test List"{{Extra(extra)}} }
        """;

    public static string Material(string id, string name, string extra = "") =>
        $$"""
            { "id": "{{id}}", "kind": "material", "name": "{{name}}", "list": "Test List"{{Extra(extra)}} }
        """;

    /// <summary>Kratos as in the real list: UEL No. 7, listed 2025-04-04, suspension lapsed after 2026-11-09.</summary>
    public static string Kratos(string extra = "") => Vendor(
        "CN-UEL-2025-07-06",
        "Kratos Unmanned Aerial Systems, Inc.",
        """
        "aliases": ["Kratos UAS"], "listed": "2025-04-04",
        "suspensions": [ { "from": "2025-05-14", "until": "2025-08-11" }, { "from": "2025-08-12", "until": "2026-11-09" } ]
        """ + (extra.Length > 0 ? ", " + extra : string.Empty));

    private static string Extra(string extra) => extra.Length == 0 ? string.Empty : ", " + extra;
}
