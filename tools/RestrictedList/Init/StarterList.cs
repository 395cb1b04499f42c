using System.IO;
using System.Reflection;

namespace SupplierRestrictions.RestrictedList.Init;

/// <summary>What <c>restricted-list init</c> writes: a starter list and the list schema it links to.</summary>
internal static class StarterList
{
    public const string SchemaFileName = "restricted-list.schema.json";

    /// <summary>
    /// Valid as it stands, and enforces nothing until the team adds entries: the examples are comments because a
    /// starter file must not invent restrictions. Uncommented, the examples are a valid list too (a test checks it).
    /// </summary>
    public const string Text = """
        {
          "$schema": "./restricted-list.schema.json",
          "schemaVersion": 1,
          // The restrictions this repository enforces. The SupplierRestrictions.Analyzers package reads the nearest
          // restricted-list.json in a project's folder or any folder above it. 'restricted-list validate' checks this file;
          // 'restricted-list import' turns the U.S. Consolidated Screening List or OpenSanctions data into entries.
          // An example, from the MOFCOM Unreliable Entity List (remove the // to use it):
          "entries": [
            // {
            //   "id": "CN-UEL-2025-07-06",
            //   "kind": "vendor",
            //   "name": "Kratos Unmanned Aerial Systems, Inc.",
            //   "aliases": ["Kratos UAS"],
            //   "list": "Unreliable Entity List",
            //   "authority": "Ministry of Commerce of the People's Republic of China",
            //   "reference": "Unreliable Entity List Working Mechanism Announcement No. 7 of 2025",
            //   "listed": "2025-04-04",
            //   "suspensions": [
            //     { "from": "2025-05-14", "until": "2026-11-09", "note": "suspended after the Geneva joint statement, then extended" }
            //   ]
            // }
          ],
          // Licences and approved exceptions. Each one ends: "until" is required.
          "exemptions": [
            // {
            //   "entries": ["CN-UEL-2025-07-06"],
            //   "paths": ["Legacy/**/*.cs"],
            //   "reason": "maintenance of fielded systems",
            //   "reference": "Licence EL-2026-0042",
            //   "until": "2026-12-15"
            // }
          ]
        }

        """;

    /// <summary>The repository's restricted-list.schema.json, embedded at build time (one source of truth).</summary>
    public static byte[] Schema()
    {
        using var stream = typeof(StarterList).Assembly.GetManifestResourceStream(SchemaFileName)
            ?? throw new FileNotFoundException($"the tool was built without its embedded {SchemaFileName}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
