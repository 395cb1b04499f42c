using SupplierRestrictions.Analyzers.Matching;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>Legal forms from the ISO 20275 registry and its additions, at either end of a name (docs/contract.md §6.2).</summary>
public sealed class LegalFormsTests
{
    [Theory]
    [InlineData("Fjordline Subsea A/S", "fjordline subsea")]
    [InlineData("Fjordline Subsea AS", "fjordline subsea")]
    [InlineData("Kestrel Komponen Sdn. Bhd.", "kestrel komponen")]
    [InlineData("Kestrel Komponen Sdn Bhd", "kestrel komponen")]
    [InlineData("Łódź Elektronika Sp. z o.o.", "lodz elektronika")]
    [InlineData("Qamar Star Trading FZE", "qamar star trading")]
    [InlineData("Step a.s.", "step")]
    [InlineData("Step Akciová Společnost", "step")]
    [InlineData("Anglo-Caribbean Co., Ltd.", "anglo caribbean")]
    [InlineData("Tulamash Public Joint Stock Company", "tulamash")]
    [InlineData("Kratos Unmanned Aerial Systems, Inc.", "kratos unmanned aerial systems")]
    [InlineData("Grupo Minero S.A. de C.V.", "grupo minero")]
    [InlineData("Ankara Savunma A.Ş.", "ankara savunma")]
    [InlineData("Limited", "limited")]
    [InlineData("Kratos", "kratos")]
    public void Drops_the_form_at_the_end(string name, string core)
    {
        Assert.Equal(core, Core(name));
    }

    [Theory]
    [InlineData("OOO \"Severtrans\"", "severtrans")]
    [InlineData("PT Maju Jaya", "maju jaya")]
    [InlineData("JSC Tulamash", "tulamash")]
    [InlineData("Joint Stock Company Tulamash", "tulamash")]
    [InlineData("Aktsionernoe Obshchestvo Tulamash", "tulamash")]
    [InlineData("OAO \"Kalashnikov Concern\"", "kalashnikov concern")]
    [InlineData("UAB Baltic Drones", "baltic drones")]
    [InlineData("PT Maju Jaya Tbk", "maju jaya")]
    [InlineData("OOO", "ooo")]
    public void Drops_a_leading_form_at_the_start(string name, string core)
    {
        Assert.Equal(core, Core(name));
    }

    [Theory]
    [InlineData("As Sahab Media")]
    [InlineData("Bank Melli")]
    [InlineData("Trust Capital")]
    [InlineData("Foundation Medicine")]
    public void Common_english_words_never_lead(string name)
    {
        var words = Words(name);
        Assert.Equal(0, LegalForms.LeadingFormLength(words, words.Length));
    }

    [Theory]
    [InlineData("Kratos E")]
    [InlineData("Group W")]
    [InlineData("Johnson K")]
    public void A_single_letter_is_never_a_form(string name)
    {
        var words = Words(name);
        Assert.Equal(0, LegalForms.TrailingFormLength(words, words.Length));
    }

    [Theory]
    [InlineData("A/S", "aktieselskab")]
    [InlineData("A/S", "as")]
    [InlineData("a.s.", "akciova spolecnost")]
    [InlineData("Aktieselskab", "a s")]
    [InlineData("Sdn. Bhd.", "sendirian berhad")]
    [InlineData("Sdn. Bhd.", "sdnbhd")]
    [InlineData("Sp. z o.o.", "sp zoo")]
    [InlineData("Sp. z o.o.", "spzoo")]
    [InlineData("Sp. z o.o.", "spolka z ograniczona odpowiedzialnoscia")]
    [InlineData("OOO", "obshchestvo s ogranichennoi otvetstvennostyu")]
    [InlineData("FZE", "free zone establishment")]
    [InlineData("Co., Ltd.", "company limited")]
    [InlineData("JSC", "joint stock company")]
    [InlineData("GmbH", "gesellschaft mit beschrankter haftung")]
    public void Spellings_of_one_form_are_equivalent(string form, string equivalent)
    {
        var words = Words(form);
        var equivalents = LegalForms.EquivalentsOf(words, 0, words.Length).Select(w => string.Join(" ", w));
        Assert.Contains(equivalent, equivalents);
    }

    [Fact]
    public void Equivalents_stay_within_the_codes_that_have_the_form()
    {
        var words = Words("Sdn. Bhd.");
        var equivalents = LegalForms.EquivalentsOf(words, 0, words.Length).Select(w => string.Join(" ", w)).ToArray();
        Assert.DoesNotContain("gmbh", equivalents);
        Assert.DoesNotContain("aktieselskab", equivalents);
    }

    [Fact]
    public void A_form_knows_its_registry_codes()
    {
        var form = LegalForms.Find(Words("Aktieselskab"), 0, 1);
        Assert.NotNull(form);
        Assert.Contains(form!.Groups, group => group.Codes.Split(' ').Contains("ZRPO"));
        Assert.False(form.IsGluedOnly);
        Assert.True(LegalForms.Find(Words("as"), 0, 1) is { } glued && glued.Groups.Any(g => g.Codes.Contains("ZRPO")));
    }

    [Fact]
    public void Words_that_are_not_forms_are_not_found()
    {
        foreach (string word in new[] { "kratos", "systems", "group", "trading", "is" })
        {
            Assert.Null(LegalForms.Find([word], 0, 1));
            Assert.Empty(LegalForms.EquivalentsOf([word], 0, 1));
        }
    }

    [Theory]
    [InlineData("CorpClient", true)]
    [InlineData("LtdClient", true)]
    [InlineData("SpZooClient", true)]
    [InlineData("SdnBhdGateway", true)]
    [InlineData("AktieselskabApi", true)]
    [InlineData("JointStockCompany", true)]
    [InlineData("JointStock", false)]
    [InlineData("Corporate", false)]
    [InlineData("Client", false)]
    public void The_trie_finds_a_form_where_it_stands_in_code(string identifier, bool startsWithForm)
    {
        Assert.Equal(startsWithForm, LegalForms.Trie.FormFollows(identifier, new WordCursor(identifier, identifierMode: true)));
    }

    [Fact]
    public void The_longest_trailing_form_wins()
    {
        var words = Words("Kratos Limited Liability Company");
        Assert.Equal(3, LegalForms.TrailingFormLength(words, words.Length));
    }

    /// <summary>The core as NamePhrases computes it: forms dropped at both ends, text words.</summary>
    private static string Core(string name) => string.Join(" ", NamePhrases.Of(name).Core[0]);

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var cursor = new WordCursor(text, identifierMode: false);
        while (cursor.MoveNext(out int start, out int length))
        {
            words.Add(WordTable.FoldWord(text, start, length));
        }

        return words.ToArray();
    }
}
