using SupplierRestrictions.RestrictedList.Import;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>Several names in one value, separated by ';', become a name and aliases.</summary>
public sealed class ImportNameSplitTests
{
    [Fact]
    public void A_name_value_with_several_names_becomes_the_name_and_aliases_before_the_others()
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { "Alpha Trading LLC; Alpha Handels GmbH" }, new[] { "Alpha Group" }, cleaning);

        Assert.Equal("Alpha Trading LLC", names!.Value.Name);
        Assert.Equal(new[] { "Alpha Handels GmbH", "Alpha Group" }, names.Value.Aliases);
        Assert.Equal(1, cleaning.SplitAtSemicolon);
    }

    [Fact]
    public void An_alias_value_with_several_names_becomes_several_aliases()
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { "Alpha Trading" }, new[] { "Alfa Trading ; Alpha Trade;Alpha T." }, cleaning);

        Assert.Equal(new[] { "Alfa Trading", "Alpha Trade", "Alpha T." }, names!.Value.Aliases);
        Assert.Equal(1, cleaning.SplitAtSemicolon);
    }

    [Theory]
    [InlineData("Alpha, Beta & Co.")]
    [InlineData("Alpha / Beta Trading")]
    [InlineData("Alpha Trading;")]
    [InlineData("; Alpha Trading ;; ")]
    public void A_value_with_one_name_is_not_split(string value)
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { value }, new string[0], cleaning);

        Assert.Equal(value.Trim(' ', ';'), names!.Value.Name);
        Assert.Empty(names.Value.Aliases);
        Assert.Equal(0, cleaning.NamesCleaned);
    }

    [Fact]
    public void A_value_of_separators_only_is_no_name()
    {
        var cleaning = new NameCleaning();

        Assert.Null(EntryNames.Clean(new[] { " ; ;" }, new[] { "Alpha Trading" }, cleaning));
        Assert.Equal(0, cleaning.NamesCleaned);
    }
}
