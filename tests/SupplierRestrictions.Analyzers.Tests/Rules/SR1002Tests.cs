using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Rules;

/// <summary>SR1002: source references a restricted material in force: by name anywhere, by code in literals only.</summary>
public sealed class SR1002Tests
{
    private static readonly string RareEarths = TestLists.With(
        TestLists.Material("CN-MAT-2025-18-Dy", "Dysprosium", """ "codes": ["7429-91-6", "1C905", "2805301200"], "listed": "2025-04-04" """),
        TestLists.Material("CN-MAT-2025-18-Y", "Yttrium", """ "codes": ["Y"], "listed": "2025-04-04" """));

    [Fact]
    public async Task Codes_match_as_whole_tokens_in_every_literal_form()
    {
        const string source = """"
            class Catalog
            {
                string a = {|SR1002:"7429-91-6"|};
                string b = {|SR1002:"CAS 7429-91-6, 99.9%"|};
                string c = {|SR1002:@"tariff 2805301200"|};
                string d = {|SR1002:"""1C905"""|};
                System.ReadOnlySpan<byte> e => {|SR1002:"1c905"u8|};
                string f(int qty) => $"{qty}{|SR1002: kg of 7429-91-6|}";
                string g = "17429-91-6";
                string h = "7429-91-61";
                string i = "28053012000";
            }
            """";

        await AnalyzerTest.VerifyAsync(source, RareEarths);
    }

    [Fact]
    public async Task Codes_never_match_identifiers_and_short_codes_are_case_sensitive()
    {
        const string source = """
            class Flags
            {
                int y;
                int Y;
                string yes = "y";
                string element = {|SR1002:"Y"|};
            }
            """;

        await AnalyzerTest.VerifyAsync(source, RareEarths);
    }

    [Fact]
    public async Task Material_names_match_in_identifiers_and_text()
    {
        const string source = """
            class {|SR1002:DysprosiumSupply|}
            {
                string note = {|SR1002:"dysprosium oxide, 99%"|};
                string other = "neodymium";
            }
            """;

        await AnalyzerTest.VerifyAsync(source, RareEarths);
    }

    [Fact]
    public async Task Not_reported_before_the_listing_day()
    {
        await AnalyzerTest.VerifyAsync("class C { string s = \"7429-91-6\"; }", RareEarths, "2025-04-03");
        await AnalyzerTest.VerifyAsync("class C { string s = {|SR1002:\"7429-91-6\"|}; }", RareEarths, "2025-04-04");
    }

    [Theory]
    [InlineData("metal, alloys and compounds need an export licence", "Metal, alloys and compounds need an export licence.")]
    [InlineData("  Export licence required.  ", "Export licence required.")]
    [InlineData("eVTOL batteries need a licence", "eVTOL batteries need a licence.")]
    [InlineData("x", "X.")]
    public async Task The_reason_follows_as_a_capitalised_sentence_with_one_full_stop(string reason, string sentence)
    {
        string list = TestLists.With(TestLists.Material("CN-MAT-2025-18-Dy", "Dysprosium", $$""" "listed": "2025-04-04", "reason": "{{reason}}" """));

        await AnalyzerTest.VerifyAsync("class C { string s = {|#0:\"dysprosium\"|}; }", list, new DiagnosticResult("SR1002", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments("\"dysprosium\"", "Dysprosium", "CN-MAT-2025-18-Dy", "Test List", "in force since 2025-04-04. " + sentence));
    }
}
