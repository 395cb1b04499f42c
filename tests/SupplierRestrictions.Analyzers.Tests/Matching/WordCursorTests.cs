using SupplierRestrictions.Analyzers.Matching;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// How names, identifiers and literals are cut into words (docs/contract.md §6): code identifiers at case changes, digits
/// and <c>_</c>; text at anything not a letter or digit; <c>&amp;</c> is a word of its own.
/// </summary>
public sealed class WordCursorTests
{
    [Theory]
    [InlineData("KratosUnmannedAerialSystemsClient", "Kratos Unmanned Aerial Systems Client")]
    [InlineData("kratosUasClient", "kratos Uas Client")]
    [InlineData("KratosUASClient", "Kratos UAS Client")]
    [InlineData("HTTPServer", "HTTP Server")]
    [InlineData("IOStream", "IO Stream")]
    [InlineData("getHTTPResponse", "get HTTP Response")]
    [InlineData("IKratosApi", "I Kratos Api")]
    [InlineData("KratosUAS", "Kratos UAS")]
    [InlineData("ACT1Federal", "ACT 1 Federal")]
    [InlineData("Act1Federal", "Act 1 Federal")]
    [InlineData("S3AeroDefense", "S 3 Aero Defense")]
    [InlineData("Version12Beta", "Version 12 Beta")]
    [InlineData("v2", "v 2")]
    [InlineData("kratos_unmanned_aerial_systems", "kratos unmanned aerial systems")]
    [InlineData("KRATOS_UNMANNED_AERIAL_SYSTEMS", "KRATOS UNMANNED AERIAL SYSTEMS")]
    [InlineData("_kratos__uas_", "kratos uas")]
    [InlineData("KRATOS_UAS_2", "KRATOS UAS 2")]
    [InlineData("MüllerClient", "Müller Client")]
    [InlineData("MÜLLER_CLIENT", "MÜLLER CLIENT")]
    [InlineData("X", "X")]
    [InlineData("__", "")]
    [InlineData("", "")]
    public void Identifier_mode_cuts_at_case_changes_digits_and_underscores(string identifier, string expected)
    {
        Assert.Equal(expected, Words(identifier, identifierMode: true));
    }

    [Theory]
    [InlineData("Kratos Unmanned Aerial Systems, Inc.", "Kratos Unmanned Aerial Systems Inc")]
    [InlineData("KratosUASClient", "KratosUASClient")]
    [InlineData("ACT1 Federal", "ACT1 Federal")]
    [InlineData("kratos_unmanned-aerial/systems", "kratos unmanned aerial systems")]
    [InlineData("CAS 7440-27-9.", "CAS 7440 27 9")]
    [InlineData("HS 2805.30", "HS 2805 30")]
    [InlineData("Müller GmbH", "Müller GmbH")]
    [InlineData("  \t\n ", "")]
    public void Text_mode_cuts_at_anything_not_a_letter_or_digit(string text, string expected)
    {
        Assert.Equal(expected, Words(text, identifierMode: false));
    }

    [Theory]
    [InlineData("Smith & Wesson", false, "Smith & Wesson")]
    [InlineData("Smith&Wesson", false, "Smith & Wesson")]
    [InlineData("AT&&T", false, "AT & & T")]
    [InlineData("Smith&Wesson", true, "Smith & Wesson")]
    public void Ampersand_is_a_word_of_its_own(string text, bool identifierMode, string expected)
    {
        Assert.Equal(expected, Words(text, identifierMode));
    }

    [Theory]
    [InlineData("Order not found", false)]
    [InlineData("ORDER NOT FOUND", false)]
    [InlineData("Kratos Unmanned Aerial Systems, Inc.", false)]
    [InlineData("Müller AG", false)]
    [InlineData("Müller GmbH", true)] // gmb, h: the identifier pass must run
    [InlineData("CAS 7440-27-9.", false)]
    [InlineData("", false)]
    [InlineData("KratosUASClient", true)]
    [InlineData("see S3Aero", true)]
    [InlineData("ACT1 Federal", true)]
    [InlineData("version v2", true)]
    [InlineData("MüllerClient", true)]
    public void A_literal_needs_the_identifier_pass_only_when_that_cuts_a_word_finer(string text, bool expected)
    {
        Assert.Equal(expected, CutsFinerAsIdentifier(text));
        Assert.Equal(expected, Words(text, identifierMode: true) != Words(text, identifierMode: false));
    }

    [Fact]
    public void Skipping_the_identifier_pass_never_loses_a_word()
    {
        // Every string over a small alphabet that mixes the cases, digits, separators and a non-ASCII capital.
        const string alphabet = "aZ1 _&Ü";
        int checkedCount = 0;
        for (int length = 0; length <= 5; length++)
        {
            var chars = new char[length];
            int combinations = (int)Math.Pow(alphabet.Length, length);
            for (int n = 0; n < combinations; n++)
            {
                int rest = n;
                for (int i = 0; i < length; i++)
                {
                    chars[i] = alphabet[rest % alphabet.Length];
                    rest /= alphabet.Length;
                }

                string text = new(chars);
                bool differ = Words(text, identifierMode: true) != Words(text, identifierMode: false);
                Assert.True(differ == CutsFinerAsIdentifier(text), $"'{text}'");
                checkedCount++;
            }
        }

        Assert.Equal(19608, checkedCount);
    }

    private static string Words(string text, bool identifierMode)
    {
        var cursor = new WordCursor(text, identifierMode);
        var words = new List<string>();
        while (cursor.MoveNext(out int start, out int length))
        {
            Assert.InRange(length, 1, text.Length - start);
            words.Add(text.Substring(start, length));
        }

        return string.Join(" ", words);
    }

    /// <summary>What <c>MatchText</c>'s text-mode pass concludes: some word it cuts is cut finer in identifier mode.</summary>
    private static bool CutsFinerAsIdentifier(string text)
    {
        var cursor = new WordCursor(text, identifierMode: false);
        while (cursor.MoveNext(out int start, out int length))
        {
            if (WordCursor.CutsFinerAsIdentifier(text, start, length))
            {
                return true;
            }
        }

        return false;
    }
}
