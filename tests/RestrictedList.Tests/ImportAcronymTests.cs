using SupplierRestrictions.RestrictedList.Import;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>An acronym of the name, in parentheses at its end, becomes an alias; other parentheses stay.</summary>
public sealed class ImportAcronymTests
{
    [Theory]
    [InlineData("BUTEMBO AIRLINES (BAL)", "BUTEMBO AIRLINES", "BAL")]
    [InlineData("Rajah Solaiman Movement (RSM)", "Rajah Solaiman Movement", "RSM")]
    [InlineData("TEHRIK-E TALIBAN PAKISTAN (TTP)", "TEHRIK-E TALIBAN PAKISTAN", "TTP")]
    [InlineData("ISLAMIC SECURITY FORCE-INDIAN MUJAHIDEEN (ISF-IM)", "ISLAMIC SECURITY FORCE-INDIAN MUJAHIDEEN", "ISF-IM")]
    [InlineData("The Islamic Group (IG)", "The Islamic Group", "IG")]
    [InlineData("Kestrel Defence Systems (K.D.S.)", "Kestrel Defence Systems", "K.D.S.")]
    [InlineData("NAFTIRAN INTERTRADE CO. (NICO) LIMITED", "NAFTIRAN INTERTRADE CO. LIMITED", "NICO")]
    [InlineData("Foo Bar Holding (FBH), LLC", "Foo Bar Holding, LLC", "FBH")]
    public void The_acronym_becomes_an_alias_and_leaves_the_name(string written, string name, string acronym)
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { written }, new[] { "Other Name" }, cleaning);

        Assert.Equal(name, names!.Value.Name);
        Assert.Equal(new[] { acronym, "Other Name" }, names.Value.Aliases);
        Assert.Equal(1, cleaning.AcronymsMoved);
    }

    [Theory]
    [InlineData("Bank (Moscow) Ltd")] // a place, in the middle
    [InlineData("PCC (UK)")] // a place: not the name's initial
    [InlineData("RUNNING BROOK, LLC (USA)")]
    [InlineData("ASIA ENERGY GENERAL TRADING (LLC)")] // a legal form
    [InlineData("LIMMT TRADING (LTD)")] // a legal form, even though its letters occur in the name
    [InlineData("GOLDEN FISH S.A.L. (OFFSHORE)")]
    [InlineData("SEPAH-E QODS (JERUSALEM FORCE)")] // two words: a translation, not an acronym
    [InlineData("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE")] // more name follows
    [InlineData("LIMMT (DALIAN) METALLURGY AND MINERALS CO., LTD.")]
    [InlineData("Butembo Airlines (Bal)")] // not written in capitals
    [InlineData("BUTEMBO AIRLINES (BLA)")] // letters out of the name's order
    [InlineData("BUTEMBO AIRLINES (B)")] // one letter
    [InlineData("BUTEMBO AIRLINES (BUTEMBOAIRLINESX)")] // longer than an acronym
    [InlineData("(BAL)")] // nothing it abbreviates
    public void Other_parentheses_stay_in_the_name(string written)
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { written }, new string[0], cleaning);

        Assert.Equal(written, names!.Value.Name);
        Assert.Empty(names.Value.Aliases);
        Assert.Equal(0, cleaning.AcronymsMoved);
    }

    [Fact]
    public void An_alias_with_an_acronym_becomes_two_aliases()
    {
        var cleaning = new NameCleaning();

        var names = EntryNames.Clean(new[] { "Rajah Solaiman Movement" }, new[] { "RAJAH SOLAIMAN ISLAMIC MOVEMENT (RSIM)", "RSIM Group" }, cleaning);

        Assert.Equal(new[] { "RAJAH SOLAIMAN ISLAMIC MOVEMENT", "RSIM", "RSIM Group" }, names!.Value.Aliases);
        Assert.Equal(1, cleaning.AcronymsMoved);
    }
}
