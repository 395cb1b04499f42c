using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// The matcher remembers, per thread, identifiers that named nothing. That must only ever skip work: every answer is
/// the one a fresh matcher gives.
/// </summary>
public sealed class NonMatchingIdentifiersTests
{
    private static readonly string[] KratosList = [TestLists.Vendor("KRATOS", "Kratos Unmanned Aerial Systems, Inc.")];
    private static readonly string[] SkydioList = [TestLists.Vendor("SKYDIO", "Skydio")];

    [Fact]
    public void An_identifier_that_matches_matches_every_time()
    {
        var (list, matcher) = Build(KratosList);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(["KRATOS"], Match(list, matcher, "KratosUnmannedAerialSystemsClient"));
            Assert.Empty(Match(list, matcher, "OrderClient"));
        }
    }

    [Fact]
    public void What_one_matcher_found_to_name_nothing_is_asked_again_of_another()
    {
        var (kratosList, kratos) = Build(KratosList);
        var (skydioList, skydio) = Build(SkydioList);

        Assert.Empty(Match(kratosList, kratos, "SkydioClient"));
        Assert.Equal(["SKYDIO"], Match(skydioList, skydio, "SkydioClient"));
        Assert.Empty(Match(kratosList, kratos, "SkydioClient"));
    }

    [Fact]
    public void A_table_taken_for_a_tree_is_not_trusted_after_another_matcher_took_the_thread()
    {
        var (kratosList, kratos) = Build(KratosList);
        var (skydioList, skydio) = Build(SkydioList);
        var taken = kratos.ThreadTable();

        // Skydio's matcher takes this thread's table and remembers that the Kratos name names nothing (for Skydio).
        Assert.Empty(Match(skydioList, skydio, "KratosUnmannedAerialSystemsClient"));

        var matches = default(MatchSet);
        kratos.MatchIdentifier("KratosUnmannedAerialSystemsClient", ref matches, taken);
        Assert.Equal(["KRATOS"], Enumerable.Range(0, matches.Count).Select(i => kratosList[matches[i]].Id).ToArray());
    }

    [Fact]
    public void A_name_in_the_same_slot_as_a_remembered_one_is_still_matched()
    {
        var (list, matcher) = Build(SkydioList);
        string matching = "SkydioDock";
        var random = new Random(20261203);
        string sameSlot = Enumerable.Range(0, 1_000_000)
            .Select(_ => "Order" + new string(Enumerable.Range(0, random.Next(2, 12)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .First(s => NonMatchingIdentifiers.Slot(s) == NonMatchingIdentifiers.Slot(matching));

        Assert.Empty(Match(list, matcher, sameSlot));
        Assert.Equal(["SKYDIO"], Match(list, matcher, matching));
        Assert.Equal(["SKYDIO"], Match(list, matcher, new string(matching.ToCharArray())));
    }

    [Fact]
    public void An_identifier_looked_at_with_entries_already_found_is_not_remembered_as_naming_nothing()
    {
        var (list, matcher) = Build(KratosList);
        var matches = default(MatchSet);
        matcher.MatchIdentifier("KratosUnmannedAerialSystemsClient", ref matches);
        Assert.Equal(1, matches.Count);

        // The same entry again: the set does not grow, which must not read as "names nothing".
        matcher.MatchIdentifier("KratosUnmannedAerialSystemsClient", ref matches);

        Assert.Equal(["KRATOS"], Match(list, matcher, "KratosUnmannedAerialSystemsClient"));
    }

    private static (IReadOnlyList<RestrictionEntry> List, ReferenceMatcher Matcher) Build(string[] entries)
    {
        var list = TestLists.Read(entries);
        return (list, ReferenceMatcher.Build(list));
    }

    private static string[] Match(IReadOnlyList<RestrictionEntry> list, ReferenceMatcher matcher, string identifier)
    {
        var matches = default(MatchSet);
        matcher.MatchIdentifier(identifier, ref matches);
        return Enumerable.Range(0, matches.Count).Select(i => list[matches[i]].Id).ToArray();
    }
}
