using System.Collections.Generic;
using System.Linq;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// A member planted into generated code, with the diagnostics it must produce on the evaluation date (2026-11-28):
/// SR1001/SR1002 with the root list, SR1001/SR1002 with a generated list, RS0030 from BannedApiAnalyzers, SR1001/SR1002
/// with the imported SDN list.
/// </summary>
internal sealed record Plant(string What, string Member, int Ours, int OursGenerated, int Banned, int OursSdn = 0);

internal static class Plants
{
    /// <summary>References to entries of the repository's list that are in force on 2026-11-28, and a few that must not match.</summary>
    public static IReadOnlyList<Plant> RootEntries { get; } = new[]
    {
        InForce("type name and nameof (alias \"Kratos UAS\"; the removed duplicate entry is silent)", 2, """
            public sealed class KratosUasClient
            {
                public int Port { get; } = 443;
            }

            public string KratosClientName() => nameof(KratosUasClient);
            """),
        InForce("method name (\"Skydio Inc.\")", 1, """private static string SendTelemetryToSkydio() => "telemetry";"""),
        InForce("field name (\"Hudson Technologies Co.\")", 1, """private readonly int _hudsonTechnologiesQuota = 12;"""),
        InForce("method and local, each occurrence (\"Sierra Nevada Corporation\")", 3, """
            public int MeasureSierraNevadaUplink()
            {
                int sierraNevadaUplink = 3;
                return sierraNevadaUplink * 2;
            }
            """),
        InForce("property, code words of \"HavocAI\"", 1, """public string HavocAiEndpoint { get; set; } = "";"""),
        InForce("method, parameter and its use (\"Neros Technologies\")", 3, """public int CountNerosTechnologiesParts(int nerosTechnologiesCount) => nerosTechnologiesCount + 1;"""),
        InForce("CAS number of dysprosium", 1, """private const string AlloyCasNumber = "7429-91-6";"""),
        InForce("HS code of terbium inside text", 1, """private const string TariffLine = "HS 2805301300";"""),
        InForce("interpolated string text (\"Cubic Corporation\")", 1, """public string DescribeVendorSite(string site) => $"Supplier for {site} is Cubic Corporation";"""),
        InForce("verbatim string (\"Aerkomm Inc.\")", 1, """private const string SatcomNote = @"Aerkomm Inc. satellite terminal";"""),
        InForce("raw string (\"Huntington Ingalls Industries, Inc.\")", 1, "private const string ShipyardNote = \"\"\"Huntington Ingalls Industries yard\"\"\";"),
        InForce("ECCN-like code of dysprosium in an array initializer", 1, """private static readonly string[] ExportControlCodes = { "1C905" };"""),
        InForce("CAS number of holmium (suspension lapsed 2026-11-10)", 1, """private const string SecondCasNumber = "7440-60-0";"""),
        InForce("UTF-8 string (\"Red Six Solutions\")", 1, """private static ReadOnlySpan<byte> VendorTag => "Red Six Solutions"u8;"""),
        InForce("material name in a property (\"Scandium\")", 1, """public double ScandiumRatio { get; } = 0.25;"""),
        InForce("interpolated verbatim string (\"Domo Tactical Communications\")", 1, """public string TraceHop(int hop) => $@"hop {hop} via Domo Tactical Communications";"""),
        InForce("multi-line raw string (\"Firestorm Labs, Inc.\")", 1, "private const string ProcurementNote = \"\"\"\n    Escalate any order from Firestorm Labs\n    to the compliance team.\n    \"\"\";"),
        InForce("material name in lower case text (\"Samarium\")", 1, """private const string MagnetGrade = "samarium cobalt magnets";"""),
        InForce("negative controls: a comment (not scanned by default), a look-alike word, a removed entry", 0, """
            // Kratos UAS fallback was removed in 2024.
            private const string LookalikeNote = "Insituation report";
            private const string RetiredRadar = "Echodyne";
            """),
    };

    /// <summary>Calls of the one real API in the generated BannedSymbols.txt.</summary>
    public static IReadOnlyList<Plant> Banned { get; } = Enumerable.Range(1, 3)
        .Select(i => new Plant("Thread.Sleep call (banned in BannedSymbols.txt)", $$"""
            public void PauseBriefly{{i}}()
            {
                System.Threading.Thread.Sleep({{i}});
            }
            """, 0, 0, 1))
        .ToArray();

    /// <summary>References to the first generated entries, which every generated list holds (and the root list does not).</summary>
    public static IReadOnlyList<Plant> Generated(IReadOnlyList<GeneratedEntry> entries)
    {
        string Pascal(GeneratedEntry entry) => string.Concat(entry.CoreWords.Select(Rng.Pascal));
        return new[]
        {
            Generated($"type name ({entries[0].Name})", $$"""
                public sealed class {{Pascal(entries[0])}}Gateway
                {
                }
                """),
            Generated($"alias in a literal ({entries[1].Name}, alias {entries[1].Aliases[0]})", $$"""private const string PartnerAlias = "{{entries[1].Aliases[0]}}";"""),
            Generated($"CAS number of {entries[2].Name}", $$"""private const string CompoundCas = "{{entries[2].Codes[0]}}";"""),
            Generated($"material name in a property ({entries[2].Name})", $$"""public double {{Pascal(entries[2])}}Content { get; } = 0.1;"""),
            Generated($"full name in an interpolated string ({entries[3].Name})", $$"""public string DescribeSupplier(int id) => $"Supplier {id}: {{entries[3].Name}}";"""),
            Generated($"CAGE code of {entries[4].Name}", $$"""private static readonly string CageReference = "{{entries[4].Codes[0]}}";"""),
        };
    }

    /// <summary>Full names of SDN entries in force on the evaluation date, in string literals: found with the SDN list only.</summary>
    public static IReadOnlyList<Plant> Sdn(IReadOnlyList<string> names) => names
        .Select((name, i) => new Plant($"SDN entry name in a literal ({name})", $$"""private const string SanctionedParty{{i + 1}} = "{{name}}";""", 0, 0, 0, OursSdn: 1))
        .ToArray();

    private static Plant InForce(string what, int count, string member) => new(what, member, count, count, 0);

    private static Plant Generated(string what, string member) => new(what, member, 0, 1, 0);
}
