using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using Xunit;
using static SupplierRestrictions.Analyzers.Tests.Infrastructure.MarkedText;

namespace SupplierRestrictions.Analyzers.Tests.Lists;

/// <summary>
/// The <c>packages</c> and <c>domains</c> fields of an entry (docs/contract.md §1): what is read, and SR0002 at the
/// exact value for anything that is not a package id pattern or a host name, the rest of the entry still enforced.
/// </summary>
public sealed class PackagesAndDomainsFieldTests
{
    private static string Entry(string field, string values) => $$"""
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "V-1", "kind": "vendor", "name": "Skydio", "{{field}}": [{{values}}] }
          ]
        }
        """;

    [Fact]
    public void Valid_values_are_read_as_written()
    {
        var parsed = ParsedListFile.Parse(Entry("packages", """ "Skydio.Sdk", "Skydio.*", "skydio-tools*", "Skydio_Legacy" """));
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(["Skydio.Sdk", "Skydio.*", "skydio-tools*", "Skydio_Legacy"], parsed.Entries[0].Packages);

        parsed = ParsedListFile.Parse(Entry("domains", """ "skydio.com", "API.Skydio.co.uk", "xn--mnchen-3ya.de", "my-vendor.example" """));
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(["skydio.com", "API.Skydio.co.uk", "xn--mnchen-3ya.de", "my-vendor.example"], parsed.Entries[0].Domains);
    }

    [Theory]
    [InlineData("\"*\"")]
    [InlineData("\"Skydio.*.Sdk\"")]
    [InlineData("\"Skydio Sdk\"")]
    [InlineData("\"Skydio..Sdk\"")]
    [InlineData("\".Skydio\"")]
    [InlineData("\"Skydio/Sdk\"")]
    [InlineData("\"Skydio.Sdk 2.1.0\"")]
    [InlineData("\"**\"")]
    public void An_invalid_package_id_is_SR0002_at_the_value(string value)
    {
        var parsed = AssertListDiagnostics(Entry("packages", $""" "Skydio.Sdk", ⟦{value} """), "SR0002");
        Assert.Equal(["Skydio.Sdk"], parsed.Entries[0].Packages);
    }

    [Theory]
    [InlineData("\"https://skydio.com\"")]
    [InlineData("\"skydio.com/api\"")]
    [InlineData("\"skydio .com\"")]
    [InlineData("\"skydio\"")]
    [InlineData("\"orders@skydio.com\"")]
    [InlineData("\"skydio.com:443\"")]
    [InlineData("\"*.skydio.com\"")]
    [InlineData("\"skydio.com.\"")]
    [InlineData("\"-skydio.com\"")]
    [InlineData("\"10.0.0.1\"")]
    [InlineData("\"skydiö.com\"")]
    [InlineData("\"skydio..com\"")]
    public void A_value_that_is_not_a_host_name_is_SR0002_at_the_value(string value)
    {
        var parsed = AssertListDiagnostics(Entry("domains", $""" "skydio.com", ⟦{value} """), "SR0002");
        Assert.Equal(["skydio.com"], parsed.Entries[0].Domains);
    }

    [Theory]
    [InlineData("Skydio.*", "Skydio.Sdk", true)]
    [InlineData("Skydio.*", "skydio.sdk.extensions", true)]
    [InlineData("Skydio.*", "Skydio", false)]
    [InlineData("Skydio.*", "SkydioX.Sdk", false)]
    [InlineData("Skydio*", "SkydioX.Sdk", true)]
    [InlineData("Skydio.Sdk", "SKYDIO.SDK", true)]
    [InlineData("Skydio.Sdk", "Skydio.Sdk.Extensions", false)]
    public void A_pattern_matches_ids_case_insensitively_with_star_only_as_a_prefix(string pattern, string id, bool matches)
    {
        var parsed = ParsedListFile.Parse(Entry("packages", $"\"{pattern}\""));
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(matches, PackageIndex.Build(parsed.Entries).Lookup(id).Contains(0));
    }
}
