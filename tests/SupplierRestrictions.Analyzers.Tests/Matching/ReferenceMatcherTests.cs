using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// How names, aliases and codes match identifiers and literals (docs/contract.md §6), every example both ways, without a
/// compilation: <see cref="ReferenceMatcher.MatchIdentifier"/> for identifier tokens, <see cref="ReferenceMatcher.MatchText"/>
/// for literals.
/// </summary>
public sealed class ReferenceMatcherTests
{
    private const string Kratos = "Kratos Unmanned Aerial Systems, Inc.";

    // ---------------------------------------------------------------- words, consecutively, as whole words

    [Theory]
    [InlineData("KratosUnmannedAerialSystemsClient")]
    [InlineData("kratos_unmanned_aerial_systems")]
    [InlineData("KRATOS_UNMANNED_AERIAL_SYSTEMS")]
    [InlineData("kratosUnmannedAerialSystems")]
    [InlineData("IKratosUnmannedAerialSystemsApi")]
    [InlineData("KratosUnmannedAerialSystemsIncClient")]
    public void Name_matches_identifiers_that_hold_all_its_words_consecutively(string identifier)
    {
        Assert.True(MatchesIdentifier(Kratos, identifier));
    }

    [Theory]
    [InlineData("Kratos Unmanned Aerial Systems, Inc.")]
    [InlineData("kratos unmanned aerial systems")]
    [InlineData("Invoice from KRATOS UNMANNED AERIAL SYSTEMS INC, paid")]
    [InlineData("Kratos-Unmanned-Aerial-Systems")]
    [InlineData("KratosUnmannedAerialSystems")]
    public void Name_matches_literals_that_hold_all_its_words_consecutively(string literal)
    {
        Assert.True(MatchesText(Kratos, literal));
    }

    [Theory]
    [InlineData("KratosUnmannedAerialClient")]
    [InlineData("KratosAerialUnmannedSystems")]
    [InlineData("UnmannedAerialSystems")]
    [InlineData("KratosUnmannedAerialSystem")]
    [InlineData("KratosXUnmannedAerialSystems")]
    [InlineData("Kratos")]
    public void Name_does_not_match_identifiers_missing_a_word_or_out_of_order(string identifier)
    {
        Assert.False(MatchesIdentifier(Kratos, identifier));
    }

    [Theory]
    [InlineData("Kratos Unmanned Aerial")]
    [InlineData("Kratos, Unmanned and Aerial Systems")]
    [InlineData("Kratos Unmanned Aerial Sys")]
    public void Name_does_not_match_literals_missing_a_word_or_out_of_order(string literal)
    {
        Assert.False(MatchesText(Kratos, literal));
    }

    [Theory]
    [InlineData("InsituClient", true)]
    [InlineData("insitu", true)]
    [InlineData("INSITU_CLIENT", true)]
    [InlineData("INSITUClient", true)]
    [InlineData("LegacyInsitu", true)]
    [InlineData("Insituation", false)]
    [InlineData("InsituationClient", false)]
    [InlineData("Insit", false)]
    [InlineData("Reinsitu", false)]
    public void Insitu_matches_whole_words_only_in_identifiers(string identifier, bool expected)
    {
        Assert.Equal(expected, MatchesIdentifier("Insitu, Inc.", identifier));
    }

    [Theory]
    [InlineData("Insitu, Inc.", true)]
    [InlineData("order via insitu", true)]
    [InlineData("Insituation report", false)]
    [InlineData("in situ", false)]
    public void Insitu_matches_whole_words_only_in_literals(string literal, bool expected)
    {
        Assert.Equal(expected, MatchesText("Insitu, Inc.", literal));
    }

    [Theory]
    [InlineData("KratosUASClient")]
    [InlineData("KratosUasClient")]
    [InlineData("KRATOS_UAS")]
    [InlineData("kratosUas")]
    public void Alias_with_an_acronym_matches_however_the_acronym_is_cased(string identifier)
    {
        Assert.Equal(["V-1"], MatchIdentifier([TestLists.Vendor("V-1", Kratos, """ "aliases": ["Kratos UAS"] """)], identifier));
    }

    [Theory]
    [InlineData("ZephyrHTTPServerClient", true)]
    [InlineData("ZephyrHttpServerClient", true)]
    [InlineData("ZephyrHTTPServiceClient", false)]
    public void Acronym_followed_by_a_word_splits_before_the_words_capital(string identifier, bool expected)
    {
        Assert.Equal(expected, MatchesIdentifier("Zephyr HTTP Server", identifier));
    }

    [Theory]
    [InlineData("ACT1FederalClient", true)]
    [InlineData("Act1Federal", true)]
    [InlineData("ACT1_FEDERAL", true)]
    [InlineData("ACT2Federal", false)]
    [InlineData("ACT11Federal", false)]
    public void Name_with_digits_matches_identifiers_cut_at_digits(string identifier, bool expected)
    {
        Assert.Equal(expected, MatchesIdentifier("ACT1 Federal", identifier));
    }

    [Theory]
    [InlineData("ACT1 Federal", true)]
    [InlineData("act1 federal", true)]
    [InlineData("ACT1Federal", true)]
    [InlineData("ACT2 Federal", false)]
    public void Name_with_digits_matches_literals(string literal, bool expected)
    {
        Assert.Equal(expected, MatchesText("ACT1 Federal", literal));
    }

    // ---------------------------------------------------------------- case, diacritics, ampersand

    [Theory]
    [InlineData("MullerClient")]
    [InlineData("MüllerClient")]
    [InlineData("MÜLLER")]
    [InlineData("muller_client")]
    public void Diacritics_and_case_are_ignored_in_identifiers(string identifier)
    {
        Assert.True(MatchesIdentifier("Müller GmbH", identifier));
    }

    [Theory]
    [InlineData("MÜLLER")]
    [InlineData("Müller GmbH")]
    [InlineData("muller")]
    [InlineData("Order for MULLER")]
    public void Diacritics_and_case_are_ignored_in_literals(string literal)
    {
        Assert.True(MatchesText("Müller GmbH", literal));
    }

    [Theory]
    [InlineData("Société Générale", "SocieteGeneraleClient")]
    [InlineData("Societe Generale", "SociétéGénéraleClient")]
    [InlineData("Škoda", "SKODA")]
    [InlineData("Ærø Ship", "ÆrøShip")]
    public void Diacritics_are_ignored_on_both_sides(string name, string identifier)
    {
        Assert.True(MatchesIdentifier(name, identifier));
    }

    [Theory]
    [InlineData("Mullerite")]
    [InlineData("Mull")]
    public void Folding_diacritics_does_not_loosen_whole_words(string identifier)
    {
        Assert.False(MatchesIdentifier("Müller GmbH", identifier));
    }

    [Theory]
    [InlineData("SmithAndWesson")]
    [InlineData("SMITH_AND_WESSON")]
    [InlineData("smithAndWessonClient")]
    public void Ampersand_reads_as_and_in_identifiers(string identifier)
    {
        Assert.True(MatchesIdentifier("Smith & Wesson", identifier));
    }

    [Theory]
    [InlineData("Smith & Wesson", "Smith and Wesson")]
    [InlineData("Smith & Wesson", "Smith & Wesson")]
    [InlineData("Smith & Wesson", "SMITH&WESSON")]
    [InlineData("Smith and Wesson", "Smith & Wesson")]
    public void Ampersand_reads_as_and_in_literals_both_ways(string name, string literal)
    {
        Assert.True(MatchesText(name, literal));
    }

    [Fact]
    public void Ampersand_does_not_match_other_words()
    {
        Assert.False(MatchesText("Smith & Wesson", "Smith or Wesson"));
        Assert.False(MatchesIdentifier("Smith & Wesson", "SmithOrWesson"));
    }

    [Fact]
    public void Angstrom_sign_folds_like_the_letter_A_with_ring_above()
    {
        Assert.True(MatchesText("\u212Bngstrom Labs", "\u212Bngstrom Labs"));
        Assert.True(MatchesIdentifier("\u212Bngstrom Labs", "AngstromLabsClient"));
        Assert.True(MatchesIdentifier("\u00C5ngstrom Labs", "\u212BngstromLabsClient"));
    }

    // ---------------------------------------------------------------- legal forms

    [Theory]
    [InlineData("Cyberlux Corporation", "CyberluxClient")]
    [InlineData("Sierra Nevada Corp", "SierraNevadaClient")]
    [InlineData("Sierra Nevada Corp.", "SierraNevadaClient")]
    [InlineData("Edge Autonomy Operations LLC", "EdgeAutonomyOperationsClient")]
    [InlineData("Acme Ltd.", "AcmeClient")]
    [InlineData("Acme Limited", "AcmeClient")]
    [InlineData("Acme Incorporated", "AcmeClient")]
    [InlineData("Hudson Technologies Co.", "HudsonTechnologiesClient")]
    [InlineData("Marvin Engineering Company, Inc.", "MarvinEngineeringClient")]
    [InlineData("Zorvex, Limited Partnership", "ZorvexClient")]
    [InlineData("Acme LP", "AcmeClient")]
    [InlineData("Acme LLP", "AcmeClient")]
    [InlineData("Acme PLC", "AcmeClient")]
    [InlineData("Müller GmbH", "MullerClient")]
    [InlineData("Acme AG", "AcmeClient")]
    [InlineData("Acme SA", "AcmeClient")]
    [InlineData("Acme NV", "AcmeClient")]
    [InlineData("Acme BV", "AcmeClient")]
    [InlineData("Acme Holdings Co., Ltd.", "AcmeHoldingsClient")]
    public void Legal_forms_at_the_end_of_a_name_are_dropped(string name, string identifier)
    {
        Assert.True(MatchesIdentifier(name, identifier));
    }

    [Theory]
    [InlineData("Corporation Zorvex Company", "CorporationZorvexClient", true)]
    [InlineData("Corporation Zorvex Company", "ZorvexClient", false)]
    [InlineData("Limited Brands", "LimitedBrands", true)]
    [InlineData("Limited Brands", "BrandsClient", false)]
    public void Legal_form_words_elsewhere_in_a_name_are_kept(string name, string identifier, bool expected)
    {
        Assert.Equal(expected, MatchesIdentifier(name, identifier));
    }

    [Fact]
    public void A_name_that_is_only_a_legal_form_is_kept()
    {
        // Kept as its word, then weighed: "limited" is one common word without a form, so it never matches by name.
        var weight = NameWeighing.Weigh("Limited", NameMatchMode.Auto);
        Assert.Equal(["limited"], weight.Core);
        Assert.False(weight.MatchesByName);
        Assert.True(MatchesIdentifier("Limited Zorvex", "LimitedZorvexClient"));
        Assert.False(MatchesIdentifier("Limited", "LimitedClient"));
    }

    // ---------------------------------------------------------------- codes

    private static readonly string[] Materials =
    [
        TestLists.Material("TB", "Terbium", """ "codes": ["7440-27-9", "HS 2805.30", "1C904"] """),
        TestLists.Material("DY", "Dysprosium", """ "codes": ["Dy", "7429-91-6"] """),
        TestLists.Material("Y", "Yttrium", """ "codes": ["Y", "7440-65-5"] """),
        TestLists.Vendor("CAGE", "Acme Fasteners", """ "codes": ["CAGE 1ABC2"] """),
    ];

    [Theory]
    [InlineData("7440-27-9", "TB")]
    [InlineData("CAS 7440-27-9.", "TB")]
    [InlineData("(7440-27-9)", "TB")]
    [InlineData("cas=7440-27-9;hs=2805", "TB")]
    [InlineData("HS 2805.30", "TB")]
    [InlineData("1C904", "TB")]
    [InlineData("1c904", "TB")]
    [InlineData("hs 2805.30", "TB")]
    [InlineData("Dy", "DY")]
    [InlineData("Dy, Tb", "DY")]
    [InlineData("element: Y.", "Y")]
    [InlineData("Y", "Y")]
    [InlineData("CAGE 1ABC2", "CAGE")]
    [InlineData("cage 1abc2", "CAGE")]
    [InlineData("Supplier CAGE 1ABC2 (fasteners)", "CAGE")]
    [InlineData("x&1C904", "TB")] // '&' is a word of its own to names, and never starts a code
    [InlineData("&Dy", "DY")]
    public void Codes_match_whole_tokens_in_literals(string literal, string id)
    {
        Assert.Equal([id], MatchText(Materials, literal));
    }

    [Theory]
    [InlineData("17440-27-9")]
    [InlineData("7440-27-91")]
    [InlineData("7440-27-9a")]
    [InlineData("x7440-27-9")]
    [InlineData("7440-27")]
    [InlineData("7440 27 9")]
    [InlineData("HS 2805.301")]
    [InlineData("HS2805.30")]
    [InlineData("dy")]
    [InlineData("DY")]
    [InlineData("Dy2O3")]
    [InlineData("y")]
    [InlineData("Yb")]
    [InlineData("xY")]
    [InlineData("CAGE 1ABC")]
    [InlineData("CAGE 1ABC23")]
    public void Codes_do_not_match_part_of_a_token_and_short_codes_are_case_sensitive(string literal)
    {
        Assert.Empty(MatchText(Materials, literal));
    }

    [Theory]
    [InlineData("Dy")]
    [InlineData("Y")]
    [InlineData("y")]
    [InlineData("Cage1abc2")]
    [InlineData("CAGE_1ABC2")]
    [InlineData("_1C904")]
    public void Codes_never_match_identifiers(string identifier)
    {
        Assert.Empty(MatchIdentifier(Materials, identifier));
    }

    [Theory]
    [InlineData("Abc", "Abc", true)]
    [InlineData("Abc", "abc", false)]
    [InlineData("Abc", "ABC", false)]
    [InlineData("Abcd", "Abcd", true)]
    [InlineData("Abcd", "abcd", true)]
    [InlineData("Abcd", "ABCD", true)]
    [InlineData("ÄBCD-1", "ÄBCD-1", true)]
    [InlineData("ÄBCD-1", "äbcd-1", false)] // case is ignored for ASCII letters only: no host casing table decides
    [InlineData("ÄBCD-1", "ÄbCD-1", true)]
    [InlineData("ĀX-12", "ĀX-12", true)]
    [InlineData("ĀX-12", "ȀX-12", false)] // same low bytes as the code's first chars: the quick start check says maybe, the trie no
    [InlineData("x", "code x.", true)]
    [InlineData("x", "code xy.", false)]
    public void Codes_of_three_characters_or_fewer_are_case_sensitive_longer_ones_are_not(string code, string literal, bool expected)
    {
        string[] list = [TestLists.Material("M-1", "Unobtainium", $$""" "codes": ["{{code}}"] """)];

        Assert.Equal(expected, MatchText(list, literal).Length > 0);
    }

    [Fact]
    public void Material_names_still_match_identifiers()
    {
        Assert.Equal(["DY"], MatchIdentifier(Materials, "DysprosiumOxide"));
        Assert.Equal(["Y"], MatchIdentifier(Materials, "YTTRIUM_STOCK"));
    }

    // ---------------------------------------------------------------- strict names

    private const string StrictCubic = """ "match": "strict" """;

    [Theory]
    [InlineData("CubicCorporationClient")]
    [InlineData("CubicCorpClient")]
    [InlineData("CUBIC_CORP")]
    [InlineData("LegacyCubicCorporation")]
    [InlineData("Cubic")]
    [InlineData("cubic")]
    public void Strict_name_matches_identifiers_with_its_legal_form_or_as_the_whole_identifier(string identifier)
    {
        Assert.Equal(["V-1"], MatchIdentifier([TestLists.Vendor("V-1", "Cubic Corporation", StrictCubic)], identifier));
    }

    [Theory]
    [InlineData("Cubic Corp")]
    [InlineData("Cubic Corporation")]
    [InlineData("parts from cubic corp.")]
    [InlineData("Cubic")]
    [InlineData("CubicIncClient")]
    [InlineData("CubicCompany")]
    public void Strict_name_matches_literals_with_its_legal_form_or_as_the_whole_literal(string literal)
    {
        Assert.Equal(["V-1"], MatchText([TestLists.Vendor("V-1", "Cubic Corporation", StrictCubic)], literal));
    }

    [Theory]
    [InlineData("CubicBezier")]
    [InlineData("CubicMeters")]
    [InlineData("SolveCubic")]
    public void Strict_name_does_not_match_its_words_without_the_legal_form_in_identifiers(string identifier)
    {
        Assert.Empty(MatchIdentifier([TestLists.Vendor("V-1", "Cubic Corporation", StrictCubic)], identifier));
    }

    [Theory]
    [InlineData("cubic meters")]
    [InlineData("volume in cubic metres")]
    [InlineData("a cubic polynomial")]
    public void Strict_name_does_not_match_its_words_without_the_legal_form_in_literals(string literal)
    {
        Assert.Empty(MatchText([TestLists.Vendor("V-1", "Cubic Corporation", StrictCubic)], literal));
    }

    [Theory]
    [InlineData("Goldman Sachs & Co. LLC", "GoldmanSachsClient")]
    [InlineData("Acme S.A.", "AcmeClient")]
    [InlineData("Acme L.L.C.", "AcmeClient")]
    [InlineData("Acme N.V.", "AcmeClient")]
    [InlineData("People's Liberation Army", "PeoplesLiberationArmyClient")]
    [InlineData("People’s Liberation Army", "PeoplesLiberationArmyClient")]
    public void Dotted_legal_forms_a_dangling_ampersand_and_apostrophes_are_handled(string name, string identifier)
    {
        Assert.True(MatchesIdentifier(name, identifier));
    }

    [Fact]
    public void Apostrophe_names_still_match_as_written_in_text()
    {
        Assert.True(MatchesText("People's Liberation Army", "the People's Liberation Army"));
        Assert.False(MatchesIdentifier("Acme S.A.", "SaClient"));
    }

    [Fact]
    public void Strict_applies_to_aliases_too()
    {
        string[] list = [TestLists.Vendor("V-1", "Cubic Corporation", """ "aliases": ["Cubic Defense Inc."], "match": "strict" """)];

        Assert.Equal(["V-1"], MatchIdentifier(list, "CubicDefenseIncorporatedClient"));
        Assert.Empty(MatchIdentifier(list, "CubicDefenseClient"));
    }

    [Fact]
    public void Words_entry_with_the_same_name_is_not_restricted_by_a_strict_one()
    {
        string[] list =
        [
            TestLists.Vendor("STRICT", "Cubic Corporation", StrictCubic),
            TestLists.Vendor("WORDS", "Cubic Corporation", """ "match": "words" """),
        ];

        Assert.Equal(["WORDS"], MatchIdentifier(list, "CubicBezier"));
        Assert.Equal(["STRICT", "WORDS"], MatchIdentifier(list, "CubicCorpClient"));
    }

    // ---------------------------------------------------------------- several entries

    [Fact]
    public void An_identifier_naming_several_entries_matches_each_once()
    {
        string[] list =
        [
            TestLists.Vendor("ECL", "Insitu, Inc."),
            TestLists.Vendor("UEL", "Insitu, Inc.", """ "aliases": ["Insitu"] """),
            TestLists.Vendor("OTHER", Kratos),
        ];

        Assert.Equal(["ECL", "UEL"], MatchIdentifier(list, "InsituInsituClient"));
        Assert.Equal(["ECL", "OTHER", "UEL"], MatchText(list, "Insitu and Kratos Unmanned Aerial Systems"));
    }

    [Fact]
    public void The_repository_list_matches_its_own_names()
    {
        var entries = ParsedListFile.Parse(RepoFiles.RootList).Entries;
        var matcher = ReferenceMatcher.Build(entries);

        foreach (var entry in entries)
        {
            var matches = default(MatchSet);
            matcher.MatchText(entry.Name, ref matches);
            Assert.Contains(entry.Id, Ids(entries, matches));
        }
    }

    [Theory]
    [InlineData("Step GmbH")] // a listed word, then a legal form the name does not take
    [InlineData("Order STEP-42 not found")]
    [InlineData("KratosUAS v2")] // the identifier-mode pass
    public void A_literal_that_names_nothing_allocates_nothing(string literal)
    {
        var matcher = ReferenceMatcher.Build(TestLists.Read([TestLists.Vendor("V-1", "STEP A.S."), .. Materials]));
        var matches = default(MatchSet);
        matcher.MatchText(literal, ref matches);

        long before = GC.GetAllocatedBytesForCurrentThread();
        matcher.MatchText(literal, ref matches);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, matches.Count);
        Assert.Equal(0, allocated);
    }

    private static bool MatchesIdentifier(string name, string identifier) =>
        MatchIdentifier([TestLists.Vendor("V-1", name)], identifier).Length > 0;

    private static bool MatchesText(string name, string literal) =>
        MatchText([TestLists.Vendor("V-1", name)], literal).Length > 0;

    private static string[] MatchIdentifier(string[] entries, string identifier)
    {
        var list = TestLists.Read(entries);
        var matches = default(MatchSet);
        ReferenceMatcher.Build(list).MatchIdentifier(identifier, ref matches);
        return Ids(list, matches);
    }

    private static string[] MatchText(string[] entries, string literal)
    {
        var list = TestLists.Read(entries);
        var matches = default(MatchSet);
        ReferenceMatcher.Build(list).MatchText(literal, ref matches);
        return Ids(list, matches);
    }


    private static string[] Ids(IReadOnlyList<RestrictionEntry> entries, MatchSet matches) =>
        Enumerable.Range(0, matches.Count).Select(i => entries[matches[i]].Id).Order(StringComparer.Ordinal).ToArray();
}
