using SupplierRestrictions.RestrictedList.Import;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>Aliases the matcher reads as the same words as the name or an earlier alias are dropped.</summary>
public sealed class ImportDuplicateAliasTests
{
    [Theory]
    [InlineData("NORTHWIND AVIONICS", "Northwind Avionics")]
    [InlineData("AL RASHID TRUST", "AL-RASHID TRUST")]
    [InlineData("METAL & MINERAL TRADE", "METAL AND MINERAL TRADE")]
    [InlineData("PETROLEOS DE VENEZUELA, S.A.", "PETROLEOS DE VENEZUELA S A")]
    [InlineData("JUI ZONG SHIP MANAGEMENT CO LTD", "JUI ZONG SHIP MANAGEMENT CO., LTD.")]
    [InlineData("Müller Präzisionstechnik GmbH", "MULLER PRAZISIONSTECHNIK GMBH")]
    [InlineData("OOO \"Severtrans\"", "OOO 'SEVERTRANS'")]
    public void An_alias_with_the_words_of_the_name_is_dropped(string name, string alias)
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { name }, new[] { alias, "Other Name" }, cleaning);

        Assert.Equal(new[] { "Other Name" }, names!.Value.Aliases);
        Assert.Equal(1, cleaning.DuplicateAliases);
    }

    [Fact]
    public void The_first_of_aliases_with_the_same_words_is_kept()
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(
            new[] { "AL RASHID TRUST" },
            new[] { "AL RASHEED TRUST", "AL-RASHID TRUST", "Al-Rasheed Trust", "AL AMEEN TRUST; al ameen trust" },
            cleaning);

        Assert.Equal(new[] { "AL RASHEED TRUST", "AL AMEEN TRUST" }, names!.Value.Aliases);
        Assert.Equal(3, cleaning.DuplicateAliases);
    }

    [Fact]
    public void An_acronym_already_listed_as_an_alias_is_not_repeated()
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { "BUTEMBO AIRLINES (BAL)" }, new[] { "BAL", "B.A.L." }, cleaning);

        Assert.Equal(new[] { "BAL", "B.A.L." }, names!.Value.Aliases);
        Assert.Equal(1, cleaning.DuplicateAliases);
    }

    [Theory]
    [InlineData("Northwind Avionics Co., Ltd.", "Northwind Avionics")] // the legal form is part of how a weak name matches
    [InlineData("E.K.T.", "EKT")] // three words, not one
    [InlineData("AL AMIN TRUST", "AL AMEEN TRUST")]
    [InlineData("Alpha Trading", "Alpha Trading 2")]
    public void An_alias_with_other_words_is_kept(string name, string alias)
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { name }, new[] { alias }, cleaning);

        Assert.Equal(new[] { alias }, names!.Value.Aliases);
        Assert.Equal(0, cleaning.DuplicateAliases);
    }
}
