using System.Globalization;
using SupplierRestrictions.Analyzers.Matching;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// Letters fold the same way on every host (docs/contract.md §6.1). These tests also run with
/// DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 (.ci/run), where nothing ICU-based would fold at all.
/// </summary>
public sealed class CharFoldingTests
{
    [Fact]
    public void Runs_with_or_without_icu_as_the_environment_asks()
    {
        // Proves the second run in .ci/run really has no ICU: without it, no culture but the invariant one exists.
        bool invariant = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true";
        bool culturesExist;
        try
        {
            culturesExist = CultureInfo.GetCultureInfo("de-DE").Name == "de-DE";
        }
        catch (CultureNotFoundException)
        {
            culturesExist = false;
        }

        Assert.Equal(!invariant, culturesExist);
    }

    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("MÜLLER", "muller")]
    [InlineData("Präzisionstechnik", "prazisionstechnik")]
    [InlineData("Straße", "strasse")]
    [InlineData("STRAẞE", "strasse")]
    [InlineData("Æbeltoft", "aebeltoft")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Søren", "soren")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Đorđe", "dorde")]
    [InlineData("Ðað", "dad")]
    [InlineData("Þórshöfn", "thorshofn")]
    [InlineData("Işık", "isik")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Şişecam", "sisecam")]
    [InlineData("Čapek", "capek")]
    [InlineData("Ħamrun", "hamrun")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("Ｋｒａｔｏｓ", "kratos")]
    [InlineData("\u212Bngstr\u00F6m", "angstrom")]
    [InlineData("\u212Aelvin", "kelvin")]
    [InlineData("Kratos", "kratos")]
    [InlineData("Σίσυφος", "σισυφοσ")]
    [InlineData("Йошкар", "иошкар")]
    [InlineData("한국", "한국")]
    public void Folds_case_marks_and_letters_that_do_not_decompose(string text, string folded)
    {
        Assert.Equal(folded, CharFolding.Fold(text));
    }

    [Fact]
    public void Folding_twice_is_folding_once_for_every_char()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string once = CharFolding.Fold(((char)c).ToString());
            Assert.True(once == CharFolding.Fold(once), $"U+{c:X4} folds to \"{once}\", which folds again");
        }
    }

    [Fact]
    public void Ascii_folds_to_lower_case_and_nothing_else()
    {
        for (char c = '\0'; c < 128; c++)
        {
            Assert.True(CharFolding.TryFoldToOne(c, out char folded, out _));
            Assert.Equal(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, folded);
        }
    }

    [Fact]
    public void Chars_that_are_not_letters_or_digits_keep_themselves()
    {
        // "⑴" would decompose to "(1)", "½" to "1⁄2": they are never inside a word, so they stay.
        foreach (char c in "⑴½&-_ \u0308")
        {
            Assert.Equal(c.ToString(), CharFolding.Fold(c.ToString()));
        }
    }

    [Theory]
    [InlineData("Straße", "strasse", true)]
    [InlineData("STRASSE", "strasse", true)]
    [InlineData("Strasse", "strase", false)]
    [InlineData("Þór", "thor", true)]
    [InlineData("Thor", "thor", true)]
    [InlineData("Æ", "ae", true)]
    [InlineData("Æb", "ae", false)]
    [InlineData("Stras", "strasse", false)]
    public void Word_table_finds_words_whose_folding_changes_their_length(string text, string stored, bool found)
    {
        var table = new WordTable();
        int id = table.Add(stored);
        table.Add("other");
        Assert.Equal(found ? id : WordTable.NotFound, table.Find(text, 0, text.Length));
    }

    [Fact]
    public void Word_table_finds_a_word_inside_a_longer_text()
    {
        var table = new WordTable();
        int id = table.Add("strasse");
        const string text = "HafenStraßeLogistik";
        Assert.Equal(id, table.Find(text, 5, 6));
    }
}
