using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// Names written with accents and non-decomposing letters match code written without them, the same with and
/// without ICU (these run a second time under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 in .ci/run).
/// </summary>
public sealed class FoldedNameMatchingTests
{
    [Theory]
    [InlineData("MullerPrazisionstechnikGateway")]
    [InlineData("MüllerPräzisionstechnikGateway")]
    [InlineData("MUELLER_PRAEZISIONSTECHNIK")]
    [InlineData("MuellerPraezisionstechnikGateway")]
    public void Muller_Prazisionstechnik_matches_identifiers_with_and_without_umlauts(string identifier)
    {
        Assert.True(MatchesIdentifier("Müller Präzisionstechnik GmbH", identifier));
    }

    [Theory]
    [InlineData("Müller Präzisionstechnik GmbH")]
    [InlineData("MULLER PRAZISIONSTECHNIK")]
    [InlineData("Mueller Praezisionstechnik")]
    public void Muller_Prazisionstechnik_matches_literals_with_and_without_umlauts(string literal)
    {
        Assert.True(MatchesText("Müller Präzisionstechnik GmbH", literal));
    }

    [Theory]
    [InlineData("Hafenstraße Logistik", "HafenstrasseLogistikClient")]
    [InlineData("Hafenstrasse Logistik", "HafenstraßeLogistikClient")]
    [InlineData("Łódź Elektronika Sp. z o.o.", "LodzElektronikaClient")]
    [InlineData("Søndergaard Ærø ApS", "SondergaardAeroClient")]
    [InlineData("Þórshöfn Marine ehf.", "ThorshofnMarineClient")]
    [InlineData("Işıklar Savunma A.Ş.", "IsiklarSavunmaClient")]
    public void Non_decomposing_letters_match_their_transliteration(string name, string identifier)
    {
        Assert.True(MatchesIdentifier(name, identifier));
    }

    [Fact]
    public void Mueller_does_not_match_a_different_name()
    {
        Assert.False(MatchesIdentifier("Müller Präzisionstechnik GmbH", "MillerPrazisionstechnikGateway"));
    }

    private static bool MatchesIdentifier(string name, string identifier)
    {
        var list = Read(name);
        var matches = default(MatchSet);
        ReferenceMatcher.Build(list).MatchIdentifier(identifier, ref matches);
        return matches.Count > 0;
    }

    private static bool MatchesText(string name, string literal)
    {
        var list = Read(name);
        var matches = default(MatchSet);
        ReferenceMatcher.Build(list).MatchText(literal, ref matches);
        return matches.Count > 0;
    }

    private static IReadOnlyList<RestrictionEntry> Read(string name)
    {
        var parsed = ParsedListFile.Parse(TestLists.With([TestLists.Vendor("V-1", name)]));
        Assert.Empty(parsed.Diagnostics);
        return parsed.Entries;
    }
}
