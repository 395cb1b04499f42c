using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;

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

    /// <summary>
    /// SR0007 at the <paramref name="position"/>-th exemption (from 0) of an <see cref="ExemptionList"/> holding
    /// <paramref name="exemption"/> there: each exemption is one line, the first on line 4.
    /// </summary>
    public static DiagnosticResult StaleAt(string path, string exemption, int position = 0)
    {
        int line = 4 + position;
        string text = exemption.TrimEnd();
        int start = text.Length - text.TrimStart().Length + 1;
        return Expect.Diagnostic("SR0007").WithSpan(path, line, start, line, text.Length + 1);
    }
}
