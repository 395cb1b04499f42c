using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Packages;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Packages;

/// <summary>Reading the package file the MSBuild targets write, and looking packages up by the list's patterns.</summary>
public sealed class ProjectPackagesFileTests
{
    [Fact]
    public void Lines_are_read_with_comments_blank_lines_and_crlf_ignored()
    {
        var file = ProjectPackagesFile.Parse("# header\r\nFleet.Telemetry\t1.0.0\tdirect\r\n\r\nSkydio.Sdk\t2.1.0-beta.1+sha.5\ttransitive\r\nNo.Assets\t\ttransitive");
        Assert.Empty(file.Problems);
        Assert.Equal(["Fleet.Telemetry 1.0.0 (direct)", "Skydio.Sdk 2.1.0-beta.1+sha.5 (transitive)", "No.Assets  (transitive)"], file.Packages.Select(p => p.ToString()));
        Assert.Null(file.Packages[2].Version);
    }

    [Theory]
    [InlineData("Skydio.Sdk 2.1.0 transitive")]
    [InlineData("Skydio.Sdk\t2.1.0")]
    [InlineData("Skydio.Sdk\t2.1.0\ttransitive\textra")]
    [InlineData("Skydio Sdk\t2.1.0\ttransitive")]
    [InlineData("Skydio.*\t2.1.0\ttransitive")]
    [InlineData("Skydio.Sdk\t2.1.0;rm -rf\ttransitive")]
    [InlineData("Skydio.Sdk\t2.1.0\tindirect")]
    [InlineData("\t2.1.0\tdirect")]
    public void A_line_that_does_not_fit_is_SR0001_at_its_line(string line)
    {
        var file = ProjectPackagesFile.Parse("A.B\t1.0.0\tdirect\n" + line + "\nC.D\t1.0.0\ttransitive\n");
        var problem = Assert.Single(file.Problems);
        Assert.Equal("SR0001", problem.Id);
        Assert.Equal(1, problem.Range.StartLine);
        Assert.Equal(0, problem.Range.StartColumn);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["A.B", "C.D"], file.Packages.Select(p => p.Id));
    }

    [Theory]
    [InlineData("/p/obj/Debug/net10.0/SupplierRestrictions.packages.txt", true)]
    [InlineData("C:\\p\\obj\\supplierrestrictions.PACKAGES.txt", true)]
    [InlineData("/p/SupplierRestrictions.packages.txt.bak", false)]
    [InlineData("/p/restricted-list.json", false)]
    public void The_file_is_recognised_by_its_name(string path, bool recognised) =>
        Assert.Equal(recognised, ProjectPackagesFile.IsPackagesFile(path));

    [Fact]
    public void The_index_finds_exact_ids_and_prefixes_case_insensitively()
    {
        var entries = ParsedListFile.Parse(TestLists.With(
            TestLists.Vendor("A", "Alpha Vendor", """ "packages": ["Skydio.*"] """),
            TestLists.Vendor("B", "Beta Vendor", """ "packages": ["skydio.sdk", "Beta*"] """),
            TestLists.Vendor("C", "Gamma Vendor"))).Entries;
        var index = PackageIndex.Build(entries);

        string[] Ids(string package) => index.Lookup(package).Select(i => entries[i].Id).ToArray();
        Assert.Equal(["A", "B"], Ids("Skydio.Sdk"));
        Assert.Equal(["A"], Ids("SKYDIO.Sdk.Extensions"));
        Assert.Empty(Ids("Skydio"));
        Assert.Empty(Ids("Skydio."));
        Assert.Equal(["B"], Ids("BetaTools"));
        Assert.Empty(Ids("Beta"));
        Assert.Empty(Ids("Newtonsoft.Json"));
        Assert.True(PackageIndex.Build([entries[2]]).IsEmpty);
    }
}
