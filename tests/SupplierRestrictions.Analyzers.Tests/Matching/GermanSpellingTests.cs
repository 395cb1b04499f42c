using SupplierRestrictions.Analyzers.Matching;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

public sealed class GermanSpellingTests
{
    [Theory]
    [InlineData("Müller", "Mueller")]
    [InlineData("MÜLLER", "MUELLER")]
    [InlineData("Über Logistik", "Ueber Logistik")]
    [InlineData("ÜBER LOGISTIK", "UEBER LOGISTIK")]
    [InlineData("Präzisionstechnik Öl", "Praezisionstechnik Oel")]
    [InlineData("Mu\u0308ller", "Mueller")]
    [InlineData("Fußball Ä", "Fußball Ae")]
    public void Writes_umlauts_as_ae_oe_ue(string name, string alternative)
    {
        Assert.Equal(alternative, GermanSpelling.Alternative(name));
    }

    [Theory]
    [InlineData("Kratos Unmanned Aerial Systems")]
    [InlineData("Société Générale")]
    [InlineData("")]
    public void Names_without_umlauts_have_no_alternative(string name)
    {
        Assert.Null(GermanSpelling.Alternative(name));
    }
}
