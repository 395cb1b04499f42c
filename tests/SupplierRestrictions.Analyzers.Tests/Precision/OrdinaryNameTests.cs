using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// Real names that are common words once the legal form is dropped match only as names (docs/contract.md §6.3): one
/// common word only with its legal form ("Cubic Corporation": <c>CubicCorp</c>, never the bare <c>Cubic</c> any
/// more), two common words also as the whole identifier or literal.
/// </summary>
public sealed class OrdinaryNameTests
{
    private static readonly IReadOnlyList<RestrictionEntry> Entries = ParsedListFile.Parse("""
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "cubic", "kind": "vendor", "name": "Cubic Corporation" },
            { "id": "source", "kind": "vendor", "name": "Source Intelligence, Inc." },
            { "id": "groupw", "kind": "vendor", "name": "Group W" },
            { "id": "shield", "kind": "vendor", "name": "Shield AI" },
            { "id": "tcom", "kind": "vendor", "name": "TCOM, Limited Partnership" },
            { "id": "insitu", "kind": "vendor", "name": "Insitu, Inc." },
            { "id": "novotech", "kind": "vendor", "name": "Novotech, Inc." },
            { "id": "forced", "kind": "vendor", "name": "Rapid Flight LLC", "match": "words" },
            { "id": "strict", "kind": "vendor", "name": "Echodyne", "match": "strict" }
          ]
        }
        """).Entries;

    private static readonly ReferenceMatcher Matcher = ReferenceMatcher.Build(Entries);

    [Theory]
    [InlineData("CubicCorporationClient", "cubic")]
    [InlineData("CubicCorpClient", "cubic")]
    [InlineData("SourceIntelligenceIncApi", "source")]
    [InlineData("GroupW", "groupw")]
    [InlineData("ShieldAI", "shield")]
    [InlineData("TcomLpGateway", "tcom")]
    [InlineData("InsituClient", "insitu")]
    [InlineData("NovotechOrders", "novotech")]
    [InlineData("RapidFlightPlanner", "forced")]
    [InlineData("EchodyneInc", "strict")]
    public void Identifier_matches(string identifier, string id) => Assert.Equal(new[] { id }, Identifier(identifier));

    [Theory]
    [InlineData("Cubic")]
    [InlineData("CubicBezier")]
    [InlineData("CubicMeters")]
    [InlineData("OpenSourceIntelligence")]
    [InlineData("SourceIntelligenceReport")]
    [InlineData("UserGroupWindow")]
    [InlineData("ShieldAiClient")]
    [InlineData("Insituation")]
    [InlineData("InSitu")]
    [InlineData("EchodyneRadar")]
    public void Identifier_does_not_match(string identifier) => Assert.Empty(Identifier(identifier));

    [Theory]
    [InlineData("Cubic Corp", "cubic")]
    [InlineData("Cubic Corporation, San Diego", "cubic")]
    [InlineData("Insitu, Inc.", "insitu")]
    [InlineData("supplier: Insitu", "insitu")]
    [InlineData("Source Intelligence, Inc.", "source")]
    [InlineData("Group W", "groupw")]
    [InlineData("Shield AI", "shield")]
    public void Text_matches(string text, string id) => Assert.Equal(new[] { id }, Text(text));

    [Theory]
    [InlineData("cubic")]
    [InlineData("Cubic")]
    [InlineData("volume in cubic meters")]
    [InlineData("open source intelligence feeds")]
    [InlineData("a shield against AI misuse")]
    [InlineData("measured in situ")]
    public void Text_does_not_match(string text) => Assert.Empty(Text(text));

    private static string[] Identifier(string identifier)
    {
        var matches = default(MatchSet);
        Matcher.MatchIdentifier(identifier, ref matches);
        return Ids(matches);
    }

    private static string[] Text(string text)
    {
        var matches = default(MatchSet);
        Matcher.MatchText(text, ref matches);
        return Ids(matches);
    }

    private static string[] Ids(MatchSet matches) => Enumerable.Range(0, matches.Count).Select(i => Entries[matches[i]].Id).ToArray();
}
