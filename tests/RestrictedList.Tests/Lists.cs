namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>Small list files written by the tests.</summary>
internal static class Lists
{
    /// <summary>Line 5 is missing a closing brace: SR0001 at 5:3.</summary>
    public const string Malformed = """
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "A-1", "kind": "vendor", "name": "Acme Rockets"
          ]
        }
        """;

    /// <summary>Entry problems (SR0002) on lines 4, 5 and 6, and an exemption naming an unknown id (SR0006) on line 9.</summary>
    public const string Invalid = """
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "B-1", "kind": "vendor", "name": "Bolt Widgets", "suspention": [] },
            { "id": "B-2", "kind": "supplier", "name": "Crane Parts", "listed": "2026-02-30" },
            { "id": "B-3", "kind": "vendor" }
          ],
          "exemptions": [
            { "entries": ["B-1", "Z-9"], "reason": "licence", "until": "2027-01-31" }
          ]
        }
        """;

    /// <summary>B-1 again: with <see cref="Invalid"/> or <see cref="Dated"/>, a duplicate id (SR0003).</summary>
    public const string Duplicate = """
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "B-1", "kind": "vendor", "name": "Other Bolt" }
          ]
        }
        """;

    /// <summary>
    /// Entries for every status on 2026-11-28: in force (B-1), suspended until 2026-12-10 (C-1), not yet listed until
    /// 2027-01-01 (D-1), in force until removed on 2026-12-20 (E-1), removed (F-1), a material in force (M-1); and exemptions of B-1 ending 2026-12-15 (for
    /// src/Legacy only) and of M-1 starting 2026-12-01.
    /// </summary>
    public const string Dated = """
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "B-1", "kind": "vendor", "name": "Bolt Widgets Inc.", "list": "Test List", "listed": "2025-01-01" },
            { "id": "C-1", "kind": "vendor", "name": "Crane Parts", "list": "Test List", "listed": "2025-01-01",
              "suspensions": [ { "from": "2026-06-01", "until": "2026-12-10" } ] },
            { "id": "D-1", "kind": "vendor", "name": "Delta Optics", "list": "Test List", "listed": "2027-01-01" },
            { "id": "E-1", "kind": "vendor", "name": "Echo Marine", "list": "Test List", "listed": "2025-01-01", "removed": "2026-12-20" },
            { "id": "F-1", "kind": "vendor", "name": "Foxtrot Freight", "list": "Test List", "listed": "2025-01-01", "removed": "2025-06-01" },
            { "id": "M-1", "kind": "material", "name": "Unobtainium", "codes": ["UN-0001"], "list": "Test Materials" }
          ],
          "exemptions": [
            { "entries": ["B-1"], "paths": ["src/Legacy/**/*.cs"], "reason": "maintenance of fielded systems", "reference": "Licence EL-2026-0042", "until": "2026-12-15" },
            { "entries": ["M-1"], "reason": "approved stock", "reference": "Approval 7", "from": "2026-12-01", "until": "2027-03-31" }
          ]
        }
        """;
}
