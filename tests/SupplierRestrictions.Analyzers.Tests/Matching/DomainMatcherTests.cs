using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// <c>domains</c> in literals (docs/contract.md §5): a URL host, e-mail domain or bare host name equal to a listed
/// domain or ending in "." + it, both ways, through <see cref="ReferenceMatcher.MatchText"/> as the analyzer calls it.
/// </summary>
public sealed class DomainMatcherTests
{
    // Names that appear in none of the texts, so every match below is a domain match.
    private static readonly IReadOnlyList<RestrictionEntry> Entries = TestLists.Read(
        TestLists.Vendor("V-SKYDIO", "Northwind Aerial Robotics", """ "domains": ["skydio.com"] """),
        TestLists.Vendor("V-DJI", "Contoso Flight Controllers", """ "domains": ["dji.com", "DJI-Enterprise.co.uk"] """),
        TestLists.Vendor("V-SKYDIO-GOV", "Fabrikam Federal Services", """ "domains": ["gov.skydio.com"] """));

    [Theory]
    [InlineData("https://api.skydio.com/v1/fleet", "V-SKYDIO")]
    [InlineData("skydio.com", "V-SKYDIO")]
    [InlineData("orders@skydio.com", "V-SKYDIO")]
    [InlineData("mailto:Orders@Skydio.COM?subject=po", "V-SKYDIO")]
    [InlineData("see www.skydio.com.", "V-SKYDIO")]
    [InlineData("wss://telemetry.eu.skydio.com:8443", "V-SKYDIO")]
    [InlineData("_sip._tcp.skydio.com", "V-SKYDIO")]
    [InlineData("\\\\files.skydio.com\\share", "V-SKYDIO")]
    [InlineData("Host=skydio.com;Port=5432", "V-SKYDIO")]
    [InlineData("https://www.dji-enterprise.co.uk/", "V-DJI")]
    [InlineData("dji.com, skydio.com", "V-DJI", "V-SKYDIO")]
    [InlineData("https://api.gov.skydio.com", "V-SKYDIO", "V-SKYDIO-GOV")]
    public void A_host_equal_to_or_under_a_listed_domain_matches(string literal, params string[] expected) =>
        Assert.Equal(expected, MatchText(literal));

    [Theory]
    [InlineData("notskydio.com")]
    [InlineData("https://skydio.com.evil.example/")]
    [InlineData("skydio.community")]
    [InlineData("skydio_com")]
    [InlineData("skydio com")]
    [InlineData("skydio")]
    [InlineData("my-skydio.com")]
    [InlineData("ñskydio.com")]
    [InlineData("config.skydio.com.json")]
    [InlineData("dji.co.uk")]
    [InlineData("")]
    public void A_host_that_only_contains_a_listed_domain_does_not_match(string literal) =>
        Assert.Empty(MatchText(literal));

    [Fact]
    public void Domains_never_match_identifiers()
    {
        var matches = default(MatchSet);
        ReferenceMatcher.Build(Entries).MatchIdentifier("skydio_com", ref matches);
        Assert.Equal(0, matches.Count);
    }

    [Fact]
    public void A_list_without_domains_matches_no_host()
    {
        var entries = TestLists.Read(TestLists.Vendor("V-1", "Insitu"));
        Assert.True(DomainMatcher.Build(entries).IsEmpty);
        var matches = default(MatchSet);
        DomainMatcher.Build(entries).MatchText("https://api.skydio.com", ref matches);
        Assert.Equal(0, matches.Count);
    }

    private static string[] MatchText(string literal)
    {
        var matches = default(MatchSet);
        ReferenceMatcher.Build(Entries).MatchText(literal, ref matches);
        return Enumerable.Range(0, matches.Count).Select(i => Entries[matches[i]].Id).Order(StringComparer.Ordinal).ToArray();
    }
}
