using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// Every example of docs/contract.md §6–§6.3, both ways: what a name matches and what it must not. Each row is the
/// name (as JSON text, with the entry's extra fields), whether the code is an identifier or a literal, the code, and
/// whether it names the entry.
/// </summary>
public sealed class ContractExamplesTests
{
    private const bool Identifier = true;
    private const bool Literal = false;

    [Theory]
    // §6: by words, consecutively, as whole words.
    [InlineData("Kratos Unmanned Aerial Systems, Inc.", "", Identifier, "KratosUnmannedAerialSystemsClient", true)]
    [InlineData("Kratos Unmanned Aerial Systems, Inc.", "", Identifier, "kratos_unmanned_aerial_systems", true)]
    [InlineData("Kratos Unmanned Aerial Systems, Inc.", "", Literal, "Kratos Unmanned Aerial Systems, Inc.", true)]
    [InlineData("Insitu, Inc.", "", Identifier, "InsituClient", true)]
    [InlineData("Insitu, Inc.", "", Identifier, "Insituation", false)]
    [InlineData("Kratos UAS", "", Identifier, "KratosUASClient", true)]
    [InlineData("HTTP Server Works", "", Identifier, "HTTPServerWorksClient", true)]
    // §6.1: letters fold the same way on every host.
    [InlineData("Müller Präzisionstechnik GmbH", "", Identifier, "MullerPrazisionstechnikGateway", true)]
    [InlineData("Müller Präzisionstechnik GmbH", "", Identifier, "MuellerPraezisionstechnikGateway", true)]
    [InlineData("Müller Präzisionstechnik GmbH", "", Literal, "MÜLLER PRÄZISIONSTECHNIK", true)]
    [InlineData("Łódź Elektronika Sp. z o.o.", "", Identifier, "LodzElektronikaClient", true)]
    [InlineData("Straße Øresund Werke", "", Identifier, "StrasseOresundWerke", true)]
    // §6.2: legal forms from the registry, at either end, with quotes.
    [InlineData("Fjordline Subsea A/S", "", Identifier, "FjordlineSubseaClient", true)]
    [InlineData("Fjordline Subsea A/S", "", Literal, "Fjordline Subsea A/S", true)]
    [InlineData("Kestrel Komponen Sdn. Bhd.", "", Identifier, "KestrelKomponenClient", true)]
    [InlineData("Qamar Star Trading FZE", "", Identifier, "QamarStarTradingClient", true)]
    [InlineData("OOO \\\"Severtrans\\\"", "", Identifier, "SevertransGateway", true)]
    [InlineData("OOO \\\"Severtrans\\\"", "", Identifier, "SevertransLlcClient", true)]
    [InlineData("PT Maju Jaya", "", Identifier, "MajuJayaClient", true)]
    [InlineData("JSC Tulamash", "", Identifier, "TulamashClient", true)]
    // §6.3: one common word only with its legal form.
    [InlineData("DAY COMPANY", "", Identifier, "DayCompanyClient", true)]
    [InlineData("DAY COMPANY", "", Literal, "Day Company", true)]
    [InlineData("DAY COMPANY", "", Identifier, "Day", false)]
    [InlineData("DAY COMPANY", "", Identifier, "day", false)]
    [InlineData("DAY COMPANY", "", Identifier, "YearMonthDay", false)]
    [InlineData("DAY COMPANY", "", Identifier, "AbbreviatedDayNames", false)]
    [InlineData("STEP A.S.", "", Literal, "STEP A.S.", true)]
    [InlineData("STEP A.S.", "", Identifier, "StepAs", true)]
    [InlineData("STEP A.S.", "", Literal, "Step", false)]
    [InlineData("STEP A.S.", "", Identifier, "DebuggerStepThrough", false)]
    // A form that is also an English word, written in lower case in prose, reads as the word; in code it is the form.
    [InlineData("STEP A.S.", "", Literal, "Repeat the step as described", false)]
    [InlineData("STEP A.S.", "", Literal, "Invoice from Step AS", true)]
    [InlineData("STEP A.S.", "", Literal, "Invoice from Step a.s.", true)]
    [InlineData("DAY COMPANY", "", Literal, "the day company policy", false)]
    [InlineData("DAY COMPANY", "", Identifier, "dayCompany", true)]
    [InlineData("SOLID LTD", "", Literal, "FontAwesome-Solid", false)]
    [InlineData("SOLID LTD", "", Literal, "Solid Ltd", true)]
    [InlineData("Cubic Corporation", "", Identifier, "CubicCorporation", true)]
    [InlineData("Cubic Corporation", "", Identifier, "Cubic", false)]
    [InlineData("TAN S.A.", "", Identifier, "Tan", false)]
    [InlineData("TAN S.A.", "", Literal, "TAN S.A.", true)]
    [InlineData("THE BASE", "", Literal, "the base class", false)]
    [InlineData("THE BASE", "", Literal, "The Base", false)]
    // §6.3: two common words with the legal form or as the whole identifier or literal.
    [InlineData("Group W", "", Literal, "Group W", true)]
    [InlineData("Group W", "", Identifier, "UserGroupWindow", false)]
    [InlineData("Source Intelligence, Inc.", "", Identifier, "SourceIntelligence", true)]
    [InlineData("Source Intelligence, Inc.", "", Identifier, "SourceIntelligenceIncClient", true)]
    [InlineData("Source Intelligence, Inc.", "", Identifier, "OpenSourceIntelligence", false)]
    [InlineData("Shield AI", "", Identifier, "ShieldAI", true)]
    [InlineData("Shield AI", "", Identifier, "ShieldAiClient", false)]
    [InlineData("Red Six Solutions", "", Identifier, "RedSixSolutionsClient", true)]
    // §6.3: weighed as written.
    [InlineData("HavocAI", "", Identifier, "HavocAIClient", true)]
    [InlineData("TextOre", "", Identifier, "TextOreClient", true)]
    // §6.3: short uncommon capitals are acronyms.
    [InlineData("BNC", "", Literal, "BNC", true)]
    [InlineData("BNC", "", Identifier, "BNC_CODE", true)]
    [InlineData("BNC", "", Identifier, "BNCClient", true)]
    [InlineData("BNC", "", Identifier, "Bnc", false)]
    [InlineData("BNC", "", Identifier, "bnc", false)]
    [InlineData("BNC LTD", "", Identifier, "BncLtdClient", true)]
    [InlineData("TCOM", "", Identifier, "TcomClient", false)]
    [InlineData("TCOM", "", Identifier, "TCOMClient", true)]
    [InlineData("IRGC", "", Literal, "IRGC", true)]
    [InlineData("TAN", "", Identifier, "Tan", false)]
    [InlineData("TAN", "", Literal, "TAN", false)]
    [InlineData("JIT", "", Identifier, "IsJITOptimizerDisabled", false)]
    [InlineData("DML", "", Literal, "DML", false)]
    // §6.3: "match" turns the weighing off, or makes every name weak.
    [InlineData("DAY COMPANY", """ "match": "words" """, Identifier, "YearMonthDay", true)]
    [InlineData("Kratos", """ "match": "strict" """, Identifier, "KratosClient", false)]
    [InlineData("Kratos", """ "match": "strict" """, Identifier, "Kratos", true)]
    [InlineData("Kratos", """ "match": "strict" """, Identifier, "KratosIncClient", true)]
    // §6.3: the weighing never hides a code.
    [InlineData("THE BASE", """ "codes": ["BASE-0042"] """, Literal, "BASE-0042", true)]
    public void Example(string name, string extra, bool identifier, string code, bool matches)
    {
        var list = ParsedListFile.Parse(TestLists.With(TestLists.Vendor("V-1", name, extra)));
        Assert.Empty(list.Diagnostics);
        var matcher = ReferenceMatcher.Build(list.Entries);
        var found = default(MatchSet);
        if (identifier)
        {
            matcher.MatchIdentifier(code, ref found);
        }
        else
        {
            matcher.MatchText(code, ref found);
        }

        Assert.Equal(matches, found.Count > 0);
    }

    [Theory]
    [InlineData("DAY COMPANY", NameWeightKind.OneCommonWord, true)]
    [InlineData("THE BASE", NameWeightKind.OneCommonWord, false)]
    [InlineData("JIT", NameWeightKind.OneCommonWord, false)]
    [InlineData("Source Intelligence, Inc.", NameWeightKind.TwoCommonWords, true)]
    [InlineData("BNC", NameWeightKind.Acronym, true)]
    [InlineData("Kratos Unmanned Aerial Systems, Inc.", NameWeightKind.Strong, true)]
    [InlineData("HavocAI", NameWeightKind.Strong, true)]
    [InlineData("Red Six Solutions", NameWeightKind.Strong, true)]
    public void Names_are_weighed_as_the_contract_says(string name, NameWeightKind kind, bool matchesByName)
    {
        var weight = NameWeighing.Weigh(name, NameMatchMode.Auto);
        Assert.Equal(kind, weight.Kind);
        Assert.Equal(matchesByName, weight.MatchesByName);
        Assert.False(string.IsNullOrWhiteSpace(weight.Reason));
    }
}
