using System.Reflection;
using System.Text;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Import;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// Real screening-list data beside the repository (../shared/data/real-lists from the repo root), read in place:
/// the OFAC SDN list imported with the tool's own CSL importer, exactly as <c>restricted-list import --from csl</c>
/// writes it, then read back with the analyzer's list reader.
/// </summary>
internal static class ScreeningLists
{
    private static readonly Lazy<ParsedListFile> LazySdn = new(ImportSdn);

    public static string RepoRoot =>
        typeof(ScreeningLists).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string RealListsFolder => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data", "real-lists"));

    public static string SdnCsv => Path.Combine(RealListsFolder, "ofac-sdn.csl.csv");

    public static string LegalFormsCsv => Path.Combine(RealListsFolder, "gleif-elf-code-list-v1.5.csv");

    /// <summary>The OFAC SDN list as imported by the tool: about 3,700 vendor entries and 5,500 aliases.</summary>
    public static ParsedListFile Sdn => LazySdn.Value;

    private static ParsedListFile ImportSdn()
    {
        if (!File.Exists(SdnCsv))
        {
            throw new FileNotFoundException($"the real SDN data is expected beside the repository at {SdnCsv}", SdnCsv);
        }

        ImportResult result;
        using (var reader = new StreamReader(SdnCsv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            result = CslImporter.Read(reader);
        }

        var list = ParsedListFile.Parse(ListWriter.Write(result.Entries));
        if (list.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"the imported SDN list is not valid: {list.Diagnostics[0]}");
        }

        return list;
    }
}
