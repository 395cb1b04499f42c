using System.Linq;
using System.Text.RegularExpressions;
using SupplierRestrictions.Analyzers.Lists;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>
/// The tool tells a list keeper which names the analyzer weighs as weak (docs/contract.md §6.3) and why: validate as
/// info lines, status --weak as a table, import as a count.
/// </summary>
public sealed class WeakNameReportTests
{
    private const string WeakList = """
        {
          "schemaVersion": 1,
          "entries": [
            { "id": "V-1", "kind": "vendor", "name": "Kratos Unmanned Aerial Systems, Inc." },
            { "id": "V-2", "kind": "vendor", "name": "DAY COMPANY" },
            { "id": "V-3", "kind": "vendor", "name": "THE BASE" },
            { "id": "V-4", "kind": "vendor", "name": "BNC" },
            { "id": "V-5", "kind": "vendor", "name": "Insitu, Inc.", "aliases": ["Group W"] }
          ]
        }
        """;

    [Fact]
    public void Validate_reports_weak_names_as_info_lines_at_their_entry_and_stays_valid()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", WeakList);

        var result = tool.Run("validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("restricted-list.json:5:5: info weak name \"DAY COMPANY\" of V-2: one common word, \"day\": matched only with its legal form (\"COMPANY\")", result.Out);
        Assert.Contains("restricted-list.json:6:5: info weak name \"THE BASE\" of V-3: one common word, \"base\", and no legal form: never matched by name", result.Out);
        Assert.Contains("restricted-list.json:7:5: info weak name \"BNC\" of V-4: a short acronym", result.Out);
        Assert.Contains("restricted-list.json:8:5: info weak name \"Group W\" of V-5: two common words", result.Out);
        Assert.DoesNotContain("\"Kratos", result.Out);
        Assert.DoesNotContain("\"Insitu", result.Out);
        Assert.Contains("restricted-list.json: 5 entries, 0 exemptions: valid", result.Out);
        Assert.Contains("4 names and aliases are weak", result.Out);
        Assert.Contains("(1 never by name: give those entries a distinctive alias)", result.Out);
    }

    [Fact]
    public void Status_weak_lists_each_weak_name_with_how_it_is_weighed_and_why()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", WeakList);

        var result = tool.Run("status", "--weak");

        Assert.Equal(0, result.ExitCode);
        string Row(string id) => result.Out.Split('\n').Single(l => l.StartsWith(id + " ", System.StringComparison.Ordinal));
        Assert.Matches(@"^V-2 +DAY COMPANY +one common word +one common word, ""day"": matched only with its legal form", Row("V-2"));
        Assert.Matches(@"^V-3 +THE BASE +never by name +one common word, ""base"", and no legal form", Row("V-3"));
        Assert.Matches(@"^V-4 +BNC +acronym +a short acronym, ""BNC"": matched only in capitals", Row("V-4"));
        Assert.Matches(@"^V-5 +Group W +two common words +", Row("V-5"));
        Assert.DoesNotContain(result.Out.Split('\n'), l => l.StartsWith("V-1 ", System.StringComparison.Ordinal));
        Assert.DoesNotContain("STATUS ON", result.Out);
    }

    [Fact]
    public void Status_weak_says_when_no_name_is_weak()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", """
            { "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos Unmanned Aerial Systems, Inc." } ] }
            """);

        var result = tool.Run("status", "--weak");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no name is weak", result.Out);
    }

    [Fact]
    public void Import_counts_the_weak_names_it_wrote()
    {
        using var tool = new ToolRun();
        tool.CopySample("messy-names.csl.csv");

        var result = tool.Run("import", "--from", "csl", "messy-names.csl.csv", "-o", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        int weak = list.Entries.SelectMany(SupplierRestrictions.Analyzers.Matching.NameWeighing.Weigh).Count(w => w.IsWeak);
        string expected = weak == 0 ? "No name is weak" : $"{weak} name{(weak == 1 ? " or alias is" : "s and aliases are")} weak";
        Assert.Contains(expected, result.Out);
    }
}
