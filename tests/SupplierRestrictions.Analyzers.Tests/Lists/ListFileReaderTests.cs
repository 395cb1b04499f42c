using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Lists.Json;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using static SupplierRestrictions.Analyzers.Tests.Infrastructure.MarkedText;

namespace SupplierRestrictions.Analyzers.Tests.Lists;

/// <summary>
/// Reading a list file (docs/contract.md §1, §4): every SR0001/SR0002 cause at its exact line and column (marked ⟦ in the
/// text), what the JSONC dialect allows, and fail-closed reading of entries that have errors.
/// </summary>
public sealed class ListFileReaderTests
{
    private const string SR0001 = "SR0001";
    private const string SR0002 = "SR0002";

    // ---------------------------------------------------------------- SR0001: malformed JSON

    [Theory]
    [InlineData("missing comma between properties", """
        {
          "schemaVersion": 1
          ⟦"entries": []
        }
        """)]
    [InlineData("missing comma between array items", """
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "V-1", "kind": "vendor", "name": "Kratos UAS" }
            ⟦{ "id": "V-2", "kind": "vendor", "name": "Insitu" }
          ]
        }
        """)]
    [InlineData("unterminated string at the end of the file", """
        {
          "schemaVersion": 1,
          "entries": [ { "id": ⟦"V-1
        """)]
    [InlineData("unterminated string at the end of its line", """
        {
          "schemaVersion": 1,
          "entries": [ { "id": "V-1⟦
          } ]
        }
        """)]
    [InlineData("unterminated /* comment", """
        {
          "schemaVersion": 1,
          ⟦/* the entries follow
          "entries": []
        }
        """)]
    [InlineData("bad escape", """
        {
          "schemaVersion": 1,
          "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos ⟦\q" } ]
        }
        """)]
    [InlineData("bad \\u escape", """
        {
          "schemaVersion": 1,
          "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos ⟦\u00G9" } ]
        }
        """)]
    [InlineData("garbage after the value", """
        {
          "schemaVersion": 1,
          "entries": []
        }
        ⟦x
        """)]
    [InlineData("a second value after the first", """
        { "schemaVersion": 1, "entries": [] }
        ⟦{ "schemaVersion": 1, "entries": [] }
        """)]
    [InlineData("empty file", "⟦")]
    [InlineData("only comments and whitespace", "// no list yet\n  /* none */\n⟦")]
    [InlineData("single-quoted property name", """
        {
          ⟦'schemaVersion': 1,
          "entries": []
        }
        """)]
    [InlineData("single-quoted string value", """
        {
          "schemaVersion": 1,
          "entries": [ { "id": "V-1", "kind": ⟦'vendor', "name": "Kratos UAS" } ]
        }
        """)]
    [InlineData("unquoted property name", """
        {
          ⟦schemaVersion: 1,
          "entries": []
        }
        """)]
    [InlineData("missing colon", """
        {
          "schemaVersion" ⟦1,
          "entries": []
        }
        """)]
    [InlineData("number with a leading zero", """
        {
          "schemaVersion": ⟦01,
          "entries": []
        }
        """)]
    [InlineData("keyword in the wrong case", """
        {
          "schemaVersion": 1,
          "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "removed": ⟦Null } ]
        }
        """)]
    [InlineData("unclosed object at the end of the file", "{ \"schemaVersion\": 1, \"entries\": [] ⟦")]
    [InlineData("unclosed array at the end of the file", "{ \"schemaVersion\": 1, \"entries\": [ ⟦")]
    [InlineData("tab character inside a string", "{ \"schemaVersion\": 1, \"entries\": [ { \"id\": \"V⟦\t1\" } ] }")]
    public void SR0001_malformed_json_is_reported_at_the_offending_character(string cause, string marked)
    {
        Assert.NotEmpty(cause);
        var parsed = AssertListDiagnostics(marked, SR0001);
        Assert.True(parsed.IsUnreadable);
        Assert.Empty(parsed.Entries);
    }

    [Fact]
    public void SR0001_malformed_json_position_is_right_with_crlf_line_endings()
    {
        AssertListDiagnostics(
            "{\r\n  \"schemaVersion\": 1\r\n  ⟦\"entries\": []\r\n}\r\n",
            SR0001);
    }

    [Fact]
    public void SR0001_nesting_deeper_than_MaxDepth_is_reported_at_the_first_opener_too_deep()
    {
        // Root object, entries array, entry object and aliases array are 4 levels; the rest are nested arrays.
        string Nested(int depth) =>
            "{ \"schemaVersion\": 1, \"entries\": [ { \"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\",\n  \"aliases\": "
            + new string('[', depth - 3)
            + new string(']', depth - 3)
            + " } ] }";

        // Exactly MaxDepth levels is read; the nested array is only a wrong alias (SR0002 at the inner array).
        string atLimit = Nested(JsoncParser.MaxDepth);
        int inner = atLimit.IndexOf("[[", StringComparison.Ordinal) + 1;
        AssertListDiagnostics(atLimit.Insert(inner, Marker.ToString()), SR0002);

        // One level more is SR0001 at the opener that goes over the limit.
        string tooDeep = Nested(JsoncParser.MaxDepth + 1);
        int over = tooDeep.IndexOf('[', tooDeep.IndexOf("\"aliases\"", StringComparison.Ordinal)) + (JsoncParser.MaxDepth + 1 - 4);
        AssertListDiagnostics(tooDeep.Insert(over, Marker.ToString()), SR0001);
    }

    [Fact]
    public void SR0001_hostile_nesting_does_not_overflow_the_stack()
    {
        AssertListDiagnostics("[".PadRight(JsoncParser.MaxDepth, '[') + "⟦" + new string('[', 100_000), SR0001);
    }

    // ---------------------------------------------------------------- SR0001: wrong shape and version

    [Theory]
    [InlineData("⟦[ { \"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\" } ]")]
    [InlineData("// a list\n⟦\"restricted-list\"")]
    [InlineData("⟦1")]
    [InlineData("⟦null")]
    public void SR0001_root_that_is_not_an_object(string marked)
    {
        AssertListDiagnostics(marked, SR0001);
    }

    [Fact]
    public void SR0001_missing_schemaVersion_at_the_root_object()
    {
        AssertListDiagnostics(
            """
            // restricted vendors
            ⟦{
              "entries": []
            }
            """,
            SR0001);
    }

    [Theory]
    [InlineData("⟦2")]
    [InlineData("⟦\"1\"")]
    [InlineData("⟦0")]
    [InlineData("⟦null")]
    [InlineData("⟦[1]")]
    public void SR0001_unknown_schemaVersion_at_its_value(string version)
    {
        var parsed = AssertListDiagnostics(
            $$"""
            {
              "schemaVersion": {{version}},
              "entries": []
            }
            """,
            SR0001);
        Assert.True(parsed.IsUnreadable);
    }

    [Fact]
    public void SR0001_misspelt_entries_at_its_name_and_the_list_has_neither_entries_nor_exemptions()
    {
        AssertListDiagnostics(
            """
            ⟦{
              "schemaVersion": 1,
              ⟦"entires": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS" } ]
            }
            """,
            SR0001,
            SR0001);
    }

    [Fact]
    public void SR0001_unknown_top_level_property_beside_entries()
    {
        var parsed = AssertListDiagnostics(
            """
            {
              "schemaVersion": 1,
              ⟦"comment": "maintained by procurement",
              "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS" } ]
            }
            """,
            SR0001);

        // The file fails the build (SR0001); its entries are still read, never fewer restrictions.
        Assert.Equal(["V-1"], parsed.Entries.Select(e => e.Id));
    }

    [Fact]
    public void SR0001_neither_entries_nor_exemptions()
    {
        AssertListDiagnostics(
            """
            ⟦{
              "schemaVersion": 1
            }
            """,
            SR0001);
    }

    [Fact]
    public void Exemptions_without_entries_is_a_valid_list()
    {
        var parsed = AssertListDiagnostics(
            """
            {
              "schemaVersion": 1,
              "exemptions": [ { "entries": ["V-1"], "reason": "licence", "until": "2027-01-31" } ]
            }
            """);
        Assert.Single(parsed.Exemptions);
    }

    [Theory]
    [InlineData("\"entries\": ⟦{}")]
    [InlineData("\"entries\": ⟦null")]
    [InlineData("\"exemptions\": ⟦\"none\"")]
    public void SR0001_entries_or_exemptions_that_are_not_arrays(string property)
    {
        AssertListDiagnostics(
            $$"""
            {
              "schemaVersion": 1,
              {{property}}
            }
            """,
            SR0001);
    }

    [Fact]
    public void SR0001_top_level_property_that_appears_twice_at_the_second()
    {
        AssertListDiagnostics(
            """
            {
              "schemaVersion": 1,
              "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS" } ],
              ⟦"entries": [ { "id": "V-2", "kind": "vendor", "name": "Insitu" } ]
            }
            """,
            SR0001);
    }

    // ---------------------------------------------------------------- SR0002: required fields

    [Theory]
    [InlineData("⟦{ \"kind\": \"vendor\", \"name\": \"Kratos UAS\" }")]
    [InlineData("⟦{ \"id\": \"V-1\", \"name\": \"Kratos UAS\" }")]
    [InlineData("⟦{ \"id\": \"V-1\", \"kind\": \"vendor\" }")]
    public void SR0002_missing_required_field_at_the_entry(string entry)
    {
        var parsed = AssertListDiagnostics(TestLists.With(entry), SR0002);
        Assert.Empty(parsed.Entries);
    }

    [Fact]
    public void SR0002_missing_id_kind_and_name_are_each_reported()
    {
        AssertListDiagnostics(TestLists.With("⟦⟦⟦{ \"list\": \"Test List\" }"), SR0002, SR0002, SR0002);
    }

    [Theory]
    [InlineData("\"id\": ⟦\"\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\"")]
    [InlineData("\"id\": ⟦\"   \", \"kind\": \"vendor\", \"name\": \"Kratos UAS\"")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": ⟦\"\"")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": ⟦\" \\t \"")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": ⟦\"--- & ---\"")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": ⟦\"*\"")]
    public void SR0002_empty_id_or_name_or_name_without_letters_or_digits_at_the_value(string fields)
    {
        AssertListDiagnostics(TestLists.With($"    {{ {fields} }}"), SR0002);
    }

    [Theory]
    [InlineData("\"id\": ⟦1, \"kind\": \"vendor\", \"name\": \"Kratos UAS\"")]
    [InlineData("\"id\": \"V-1\", \"kind\": ⟦[\"vendor\"], \"name\": \"Kratos UAS\"")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": ⟦null")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"aliases\": ⟦\"Kratos\"")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"aliases\": [\"Kratos\", ⟦42]")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"aliases\": [⟦\"\"]")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"codes\": ⟦{}")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"symbols\": [⟦null]")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"assemblies\": ⟦true")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"reason\": ⟦[]")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"list\": ⟦3")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"suspensions\": ⟦{}")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"suspensions\": [⟦\"2025-05-14\"]")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"listed\": ⟦20250404")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"listed\": ⟦null")]
    [InlineData("\"id\": \"V-1\", \"kind\": \"vendor\", \"name\": \"Kratos UAS\", \"match\": ⟦true")]
    public void SR0002_wrong_type_at_the_value(string fields)
    {
        AssertListDiagnostics(TestLists.With($"    {{ {fields} }}"), SR0002);
    }

    [Fact]
    public void SR0002_entry_that_is_not_an_object()
    {
        AssertListDiagnostics(TestLists.With("    ⟦\"V-1\""), SR0002);
    }

    // ---------------------------------------------------------------- SR0002: unknown fields and values

    [Fact]
    public void SR0002_unknown_field_at_its_name_suggests_the_known_one()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                  ⟦"suspention": [ { "from": "2025-05-14", "until": "2026-11-09" } ]
                }
            """),
            SR0002);
        Assert.Contains("\"suspensions\"", parsed.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SR0002_unknown_field_far_from_any_known_one_suggests_nothing()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", ⟦"comment": "x" }"""),
            SR0002);
        Assert.DoesNotContain("did you mean", parsed.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SR0002_unknown_field_in_a_suspension_at_its_name()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                  "suspensions": [ ⟦{ "from": "2025-05-14", ⟦"untill": "2026-11-09" } ]
                }
            """),
            SR0002,
            SR0002);

        // The misspelt "untill" is reported at its name with a suggestion, and leaves the suspension without
        // "until" (reported at the suspension), so the suspension is not applied.
        Assert.Contains(parsed.Diagnostics, d => d.Message.Contains("did you mean \"until\"", StringComparison.Ordinal));
        Assert.Empty(parsed.Entries.Single().Suspensions);
    }

    [Theory]
    [InlineData("⟦\"supplier\"")]
    [InlineData("⟦\"Vendor\"")]
    [InlineData("⟦\"\"")]
    public void SR0002_unknown_kind_at_the_value(string kind)
    {
        AssertListDiagnostics(TestLists.With($$"""    { "id": "V-1", "kind": {{kind}}, "name": "Kratos UAS" }"""), SR0002);
    }

    [Fact]
    public void SR0002_unknown_match_mode_at_the_value()
    {
        AssertListDiagnostics(TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Cubic Corporation", "match": ⟦"exact" }"""), SR0002);
    }

    [Fact]
    public void SR0002_property_that_appears_twice_in_an_entry_at_the_second()
    {
        AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "V-1",
                  "kind": "vendor",
                  "name": "Kratos UAS",
                  ⟦"name": "Insitu"
                }
            """),
            SR0002);
    }

    [Fact]
    public void SR0002_property_that_appears_twice_in_a_suspension_at_the_second()
    {
        AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                  "suspensions": [ { "from": "2025-05-14", "until": "2025-08-11", ⟦"until": "2026-11-09" } ]
                }
            """),
            SR0002);
    }

    // ---------------------------------------------------------------- SR0002: dates

    [Theory]
    [InlineData("2025-4-4")]
    [InlineData("2025-04-04T00:00")]
    [InlineData("2025-04-04 ")]
    [InlineData("04/04/2025")]
    [InlineData("2025/04/04")]
    [InlineData("20250404")]
    [InlineData("2025-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("")]
    public void SR0002_bad_or_impossible_date_at_the_value(string date)
    {
        foreach (string field in new[] { "listed", "removed" })
        {
            AssertListDiagnostics(
                TestLists.With($$"""
                    {
                      "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                      "{{field}}": ⟦"{{date}}"
                    }
                """),
                SR0002);
        }

        foreach (string field in new[] { "from", "until" })
        {
            string other = field == "from" ? "\"until\": \"2025-12-31\"" : "\"from\": \"2025-01-01\"";
            AssertListDiagnostics(
                TestLists.With($$"""
                    {
                      "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                      "suspensions": [ { {{other}}, "{{field}}": ⟦"{{date}}" } ]
                    }
                """),
                SR0002);
        }
    }

    [Fact]
    public void SR0002_suspension_from_after_until_at_the_suspension()
    {
        AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                  "suspensions": [
                    ⟦{ "from": "2025-08-12", "until": "2025-08-11" }
                  ]
                }
            """),
            SR0002);
    }

    [Fact]
    public void Suspension_of_one_day_from_equal_to_until_is_valid()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "suspensions": [ { "from": "2025-08-11", "until": "2025-08-11" } ] }"""));
        Assert.Single(parsed.Entries.Single().Suspensions);
    }

    [Fact]
    public void SR0002_removed_before_listed_at_removed()
    {
        AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                  "removed": ⟦"2025-04-03",
                  "listed": "2025-04-04"
                }
            """),
            SR0002);
    }

    [Fact]
    public void Removed_on_the_listing_day_is_valid()
    {
        AssertListDiagnostics(TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "listed": "2025-04-04", "removed": "2025-04-04" }"""));
    }

    [Theory]
    [InlineData("⟦{ \"from\": \"2025-05-14\" }")]
    [InlineData("⟦{ \"until\": \"2025-05-14\" }")]
    [InlineData("⟦⟦{ \"note\": \"neither\" }")]
    public void SR0002_suspension_missing_from_or_until_at_the_suspension(string suspension)
    {
        var parsed = AssertListDiagnostics(
            TestLists.With($$"""
                {
                  "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                  "suspensions": [ {{suspension}} ]
                }
            """),
            Enumerable.Repeat(SR0002, suspension.Count(c => c == Marker)).ToArray());
        Assert.Empty(parsed.Entries.Single().Suspensions);
    }

    // ---------------------------------------------------------------- SR0002: codes

    [Fact]
    public void SR0002_code_that_starts_or_ends_with_punctuation_at_the_code()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "M-1", "kind": "material", "name": "Yttrium",
                  "codes": [ "Y", ⟦"-7440-65-5", ⟦"7440-65-5.", ⟦" Y", "HS 2805.30" ]
                }
            """),
            SR0002,
            SR0002,
            SR0002);
        Assert.Equal(["Y", "HS 2805.30"], parsed.Entries.Single().Codes);
    }

    // ---------------------------------------------------------------- what is valid

    [Fact]
    public void Comments_trailing_commas_and_a_byte_order_mark_are_allowed()
    {
        string text = "\uFEFF" + """
            // Restrictions for the procurement service.
            {
              /* the package ships the schema */
              "$schema": "./restricted-list.schema.json",
              "schemaVersion": 1, // required
              "entries": [
                {
                  "id": "CN-UEL-2025-07-06",
                  "kind": "vendor",
                  "name": "Kratos Unmanned Aerial Systems, Inc.", /* display name */
                  "aliases": [ "Kratos UAS", ],
                  "url": "https://example.com/a//b/*c*/",
                  "reason": "Caf\u00e9 \"quoted\" \\ done",
                  "listed": "2025-04-04",
                  "removed": null,
                  "suspensions": [ { "from": "2025-05-14", "until": "2025-08-11", "note": "// not a comment", }, ],
                },
                // a material
                {
                  "id": "M-1", "kind": "material", "name": "Dysprosium", "codes": [ "Dy", "7429-91-6", ],
                  "match": "words",
                },
              ],
              "exemptions": [],
            }
            """ + " // a line comment at the very end, without a line break";

        var parsed = ParsedListFile.Parse(text);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(["CN-UEL-2025-07-06", "M-1"], parsed.Entries.Select(e => e.Id));
        var kratos = parsed.Entries[0];
        Assert.Equal(EntryKind.Vendor, kratos.Kind);
        Assert.Equal("Kratos Unmanned Aerial Systems, Inc.", kratos.Name);
        Assert.Equal(["Kratos UAS"], kratos.Aliases);
        Assert.Equal("https://example.com/a//b/*c*/", kratos.Details.Url);
        Assert.Equal("Café \"quoted\" \\ done", kratos.Details.Reason);
        Assert.Equal("2025-04-04", kratos.Listed.ToString());
        Assert.Null(kratos.Removed);
        var suspension = Assert.Single(kratos.Suspensions);
        Assert.Equal(("2025-05-14", "2025-08-11", "// not a comment"), (suspension.From.ToString(), suspension.Until.ToString(), suspension.Note));
        var dysprosium = parsed.Entries[1];
        Assert.Equal(EntryKind.Material, dysprosium.Kind);
        Assert.Equal(["Dy", "7429-91-6"], dysprosium.Codes);
        Assert.Equal(NameMatchMode.Words, dysprosium.Match);
        Assert.Empty(parsed.Exemptions);
    }

    [Fact]
    public void Strict_match_is_read()
    {
        var parsed = AssertListDiagnostics(TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Cubic Corporation", "match": "strict" }"""));
        Assert.Equal(NameMatchMode.Strict, parsed.Entries.Single().Match);
    }

    [Fact]
    public void The_repository_list_has_no_diagnostics_and_63_entries()
    {
        var parsed = ParsedListFile.Parse(RepoFiles.RootList);

        Assert.Empty(parsed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(63, parsed.Entries.Count);
        Assert.Equal(63, parsed.Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    // ---------------------------------------------------------------- fail closed

    [Fact]
    public void Entry_with_an_unknown_field_is_still_enforced()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "listed": "2025-04-04", ⟦"suspention": [ { "from": "2025-05-14", "until": "2026-11-09" } ] }"""),
            SR0002);

        var entry = Assert.Single(parsed.Entries);
        Assert.Equal(("V-1", "Kratos UAS"), (entry.Id, entry.Name));
        Assert.Empty(entry.Suspensions);
        Assert.Equal(RestrictionState.InForce, entry.StatusOn(ParseDay("2025-06-01")).State);
    }

    [Fact]
    public void Entry_with_a_bad_removed_date_is_enforced_as_never_removed()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "removed": ⟦"2025-02-30" }"""),
            SR0002);

        var entry = Assert.Single(parsed.Entries);
        Assert.Null(entry.Removed);
        Assert.Equal(RestrictionState.InForce, entry.StatusOn(ParseDay("2030-01-01")).State);
    }

    [Fact]
    public void Entry_with_removed_before_listed_keeps_both_days()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "listed": "2025-04-04", "removed": ⟦"2025-04-01" }"""),
            SR0002);

        var entry = Assert.Single(parsed.Entries);
        Assert.Equal(("2025-04-04", "2025-04-01"), (entry.Listed.ToString(), entry.Removed.ToString()));
    }

    [Fact]
    public void Suspension_with_from_after_until_is_not_applied()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""
                {
                  "id": "V-1", "kind": "vendor", "name": "Kratos UAS",
                  "suspensions": [
                    { "from": "2025-01-01", "until": "2025-01-31" },
                    ⟦{ "from": "2025-11-09", "until": "2025-05-14" }
                  ]
                }
            """),
            SR0002);

        var entry = Assert.Single(parsed.Entries);
        var kept = Assert.Single(entry.Suspensions);
        Assert.Equal("2025-01-31", kept.Until.ToString());
        Assert.Equal(RestrictionState.InForce, entry.StatusOn(ParseDay("2025-06-01")).State);
        Assert.Equal(RestrictionState.InForce, entry.StatusOn(ParseDay("2025-11-09")).State);
    }

    [Fact]
    public void Suspension_with_a_bad_date_is_not_applied()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "suspensions": [ { "from": "2025-05-14", "until": ⟦"2025-11-31" } ] }"""),
            SR0002);

        var entry = Assert.Single(parsed.Entries);
        Assert.Empty(entry.Suspensions);
        Assert.Equal(RestrictionState.InForce, entry.StatusOn(ParseDay("2025-06-01")).State);
    }

    [Fact]
    public void Entry_with_a_bad_listed_date_is_enforced_on_every_day()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With("""    { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "listed": ⟦"next week" }"""),
            SR0002);

        var entry = Assert.Single(parsed.Entries);
        Assert.Equal(RestrictionState.InForce, entry.StatusOn(ParseDay("2000-01-01")).State);
    }

    [Fact]
    public void One_invalid_entry_leaves_the_valid_ones_intact()
    {
        var parsed = AssertListDiagnostics(
            TestLists.With(
                """    { "id": "V-1", "kind": "vendor", "name": "Kratos Unmanned Aerial Systems, Inc.", "aliases": ["Kratos UAS"], "listed": "2025-04-04" }""",
                """    ⟦{ "id": "V-2", "name": "Insitu" }""",
                """    { "id": "V-3", "kind": "vendor", "name": "Kratos UAS", "listed": ⟦"2025-02-29" }""",
                """    { "id": "M-1", "kind": "material", "name": "Yttrium", "codes": ["Y", "7440-65-5"] }"""),
            SR0002,
            SR0002);

        Assert.Equal(["V-1", "V-3", "M-1"], parsed.Entries.Select(e => e.Id));
        var kratos = parsed.Entries[0];
        Assert.Equal(("Kratos Unmanned Aerial Systems, Inc.", "2025-04-04"), (kratos.Name, kratos.Listed.ToString()));
        Assert.Equal(["Kratos UAS"], kratos.Aliases);
        Assert.Equal(["Y", "7440-65-5"], parsed.Entries[2].Codes);
        Assert.Equal(EntryKind.Material, parsed.Entries[2].Kind);
    }

    private static Day ParseDay(string text)
    {
        Assert.True(Day.TryParse(text, out var day), text);
        return day;
    }
}
