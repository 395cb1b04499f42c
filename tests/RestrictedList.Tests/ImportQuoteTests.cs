using SupplierRestrictions.RestrictedList.Import;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>Quotation marks around words of a name or alias are dropped; apostrophes and inch marks stay.</summary>
public sealed class ImportQuoteTests
{
    [Theory]
    [InlineData("\"Severtrans\"", "Severtrans")]
    [InlineData("OOO \"Severtrans\"", "OOO Severtrans")]
    [InlineData("OOO 'DSK'", "OOO DSK")]
    [InlineData("ООО «Севертранс»", "ООО Севертранс")]
    [InlineData("„Kestrel“ GmbH", "Kestrel GmbH")]
    [InlineData("“Northwind” Avionics", "Northwind Avionics")]
    [InlineData("AB ”Fjordline” Subsea", "AB Fjordline Subsea")]
    [InlineData("»Kestrel« Systems", "Kestrel Systems")]
    [InlineData("‘WOLF’ HOLDING OF SECURITY STRUCTURES", "WOLF HOLDING OF SECURITY STRUCTURES")]
    [InlineData("PRIVATE MILITARY COMPANY 'WAGNER'", "PRIVATE MILITARY COMPANY WAGNER")]
    [InlineData("'STG-EKO' LLC", "STG-EKO LLC")]
    [InlineData("AO \"Institute 'Giprostroymost'\"", "AO Institute Giprostroymost")]
    [InlineData("'ALONDRA PRODUCE', SOCIEDAD DE PRODUCCION RURAL", "ALONDRA PRODUCE, SOCIEDAD DE PRODUCCION RURAL")]
    public void Quotes_around_words_are_dropped(string written, string name)
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { "Some Name" }, new[] { written }, cleaning);

        Assert.Equal(name, Assert.Single(names!.Value.Aliases));
        Assert.Equal(1, cleaning.QuotesDropped);
    }

    [Theory]
    [InlineData("KURDISTAN WORKERS' PARTY")]
    [InlineData("People's Liberation Army")]
    [InlineData("People’s Liberation Army")]
    [InlineData("'NDRANGHETA ORGANIZATION")]
    [InlineData("AL-JALA' HOTEL")]
    [InlineData("D'AGOSTINO & COMPANY, LTD")]
    [InlineData("12\" Pipe Supply")]
    [InlineData("Alpha \" Beta \" Trading")]
    [InlineData("\"\" Trading")]
    public void Apostrophes_and_marks_that_enclose_no_word_stay(string written)
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { written }, new string[0], cleaning);

        Assert.Equal(written, names!.Value.Name);
        Assert.Equal(0, cleaning.QuotesDropped);
    }

    [Fact]
    public void Quotes_around_a_name_with_an_acronym_are_dropped_once_the_acronym_is_an_alias()
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { "\"BUTEMBO AIRLINES\" (BAL)" }, new string[0], cleaning);

        Assert.Equal("BUTEMBO AIRLINES", names!.Value.Name);
        Assert.Equal(new[] { "BAL" }, names.Value.Aliases);
        Assert.Equal(1, cleaning.QuotesDropped);
        Assert.Equal(1, cleaning.AcronymsMoved);
    }
}
