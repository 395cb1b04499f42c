using SupplierRestrictions.Analyzers.Matching;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// The commonness table built from SCOWL and the .NET reference pack (docs/contract.md §6.3), checked against the
/// words of real screening-list names that it must and must not weaken.
/// </summary>
public sealed class CommonWordsTests
{
    [Theory]
    [InlineData("day")]
    [InlineData("step")]
    [InlineData("solid")]
    [InlineData("capital")]
    [InlineData("tan")]
    [InlineData("base")]
    [InlineData("intersection")]
    [InlineData("jit")]
    [InlineData("dml")]
    [InlineData("group")]
    [InlineData("source")]
    [InlineData("intelligence")]
    [InlineData("shield")]
    [InlineData("ai")]
    [InlineData("cubic")]
    [InlineData("red")]
    [InlineData("six")]
    [InlineData("color")]
    [InlineData("colour")]
    [InlineData("async")]
    public void Ordinary_words_are_common(string word)
    {
        Assert.True(CommonWords.IsCommon(word));
    }

    [Theory]
    [InlineData("kratos")]
    [InlineData("skydio")]
    [InlineData("insitu")]
    [InlineData("aerkomm")]
    [InlineData("saronic")]
    [InlineData("havocai")]
    [InlineData("textore")]
    [InlineData("fjordline")]
    [InlineData("severtrans")]
    [InlineData("tulamash")]
    [InlineData("bnc")]
    [InlineData("tcom")]
    [InlineData("irgc")]
    [InlineData("echodyne")]
    [InlineData("oceaneering")]
    public void Brands_and_acronyms_are_not_common(string word)
    {
        Assert.False(CommonWords.IsCommon(word));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("2024")]
    [InlineData("x")]
    [InlineData("w")]
    public void Numbers_and_single_letters_are_common(string word)
    {
        Assert.True(CommonWords.IsCommon(word));
    }

    [Theory]
    [InlineData("YearMonthDay", 9, 3, true)]
    [InlineData("DebuggerStepThrough", 8, 4, true)]
    [InlineData("FontAwesome-SOLID", 12, 5, true)]
    [InlineData("KratosClient", 0, 6, false)]
    public void Words_are_looked_up_in_place_and_folded(string text, int start, int length, bool common)
    {
        Assert.Equal(common, CommonWords.IsCommon(text, start, length));
    }

    [Fact]
    public void English_commonness_is_told_apart_from_code_commonness()
    {
        Assert.True(CommonWords.IsCommonEnglish("step"));
        Assert.False(CommonWords.IsCommonEnglish("jit"));
        Assert.True(CommonWords.IsCommon("jit"));
    }

    [Fact]
    public void The_tables_hold_tens_of_thousands_of_words()
    {
        Assert.InRange(CommonWords.Count, 30_000, 60_000);
    }
}
