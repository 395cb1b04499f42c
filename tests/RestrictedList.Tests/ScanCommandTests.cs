using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

public sealed class ScanCommandTests
{
    private const string Client = """
        namespace Demo;

        public class SierraNevadaClient
        {
            public string Part = "UN-0001";
        }
        """;

    // "Crane Parts" is two common words (docs/contract.md §6.3): it names the vendor as the whole identifier.
    private const string Suspended = """
        namespace Demo;

        public class CraneParts
        {
        }
        """;

    [Fact]
    public void Findings_are_grouped_by_entry_and_a_restriction_in_force_exits_1()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        tool.Write("src/Client.cs", Client);

        var result = tool.Run("scan", "--date", "2026-11-28", "src");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Scanned 1 C# file with restricted-list.json on 2026-11-28.", result.Out);
        Assert.Contains(
            "CN-ECL-2025-21-05  Sierra Nevada Corporation (vendor; MOFCOM Export Control List (dual-use items); in force)\n"
            + "  src/Client.cs:3:14: warning SR1001: 'SierraNevadaClient' refers to restricted vendor 'Sierra Nevada Corporation' [CN-ECL-2025-21-05, MOFCOM Export Control List (dual-use items)]: in force since 2025-04-04; suspension ended 2026-11-09\n",
            result.Out);
        Assert.Contains("1 finding (1 SR1001) for 1 entry in 1 file on 2026-11-28: fails.", result.Out);
    }

    [Fact]
    public void Only_info_findings_exit_0()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);
        tool.Write("src/Adapter.cs", Suspended);

        var result = tool.Run("scan", "--date", "2026-11-28", "src");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("src/Adapter.cs:3:14: info SR1003:", result.Out);
        Assert.Contains(": passes.", result.Out);
    }

    [Fact]
    public void The_date_decides_what_is_reported()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);
        tool.Write("src/Adapter.cs", Suspended);

        var before = tool.Run("scan", "--date", "2026-05-31", "src");
        var after = tool.Run("scan", "--date", "2026-12-11", "src");

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("warning SR1001", before.Out);
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("in force since 2025-01-01; suspension ended 2026-12-10", after.Out);
    }

    [Fact]
    public void Exemptions_apply_by_path_and_warn_before_they_end()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);
        tool.Write("src/Legacy/Old.cs", "class BoltWidgetsDriver { }");
        tool.Write("src/New.cs", "class BoltWidgetsClient { }");

        var result = tool.Run("scan", "--date", "2026-11-28", "src");

        Assert.Contains("src/Legacy/Old.cs:1:7: info SR1005:", result.Out);
        Assert.Contains("src/New.cs:1:7: warning SR1001:", result.Out);
    }

    [Fact]
    public void Pragma_warning_disable_is_honoured()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        tool.Write("src/Client.cs", "#pragma warning disable SR1001\nclass SierraNevadaClient { }\n");

        var result = tool.Run("scan", "--date", "2026-11-28", "src");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No findings in 1 file on 2026-11-28.", result.Out);
    }

    [Fact]
    public void Bin_obj_and_dot_folders_are_skipped_but_can_be_named()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        tool.Write("src/Clean.cs", "class Clean { }");
        tool.Write("src/obj/Generated.cs", Client);
        tool.Write("src/.hidden/Client.cs", Client);

        var folder = tool.Run("scan", "--date", "2026-11-28", "src");
        var named = tool.Run("scan", "--date", "2026-11-28", "src/obj");

        Assert.Equal(0, folder.ExitCode);
        Assert.Contains("Scanned 1 C# file", folder.Out);
        Assert.Equal(1, named.ExitCode);
    }

    [Fact]
    public void Without_list_it_uses_the_nearest_restricted_list_json_above_the_path()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        tool.Write("a/b/c/Client.cs", Client);

        var result = tool.Run("scan", "--date", "2026-11-28", "a/b/c");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("with restricted-list.json on", result.Out);
    }

    [Fact]
    public void Several_lists_merge()
    {
        using var tool = new ToolRun();
        tool.CopyRootList("lists/restricted-list.json");
        tool.Write("lists/team.restricted-list.json", Lists.Dated);
        tool.Write("src/Client.cs", Client);

        var result = tool.Run("scan", "--date", "2026-11-28", "--list", "lists/restricted-list.json", "--list", "lists/team.restricted-list.json", "src");

        Assert.Contains("CN-ECL-2025-21-05", result.Out);
        Assert.Contains("M-1  Unobtainium (material; Test Materials; in force)", result.Out);
    }

    [Fact]
    public void Json_groups_findings_by_entry_with_the_diagnostic_properties()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        tool.Write("src/Client.cs", Client);

        var result = tool.Run("scan", "--date", "2026-11-28", "--format", "json", "src");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2026-11-28", root.GetProperty("date").GetString());
        Assert.Equal(1, root.GetProperty("filesScanned").GetInt32());
        Assert.True(root.GetProperty("fails").GetBoolean());
        var entry = Assert.Single(root.GetProperty("entries").EnumerateArray());
        Assert.Equal("CN-ECL-2025-21-05", entry.GetProperty("entryId").GetString());
        Assert.Equal("Sierra Nevada Corporation", entry.GetProperty("name").GetString());
        Assert.Equal("in force", entry.GetProperty("status").GetString());
        var finding = Assert.Single(entry.GetProperty("findings").EnumerateArray());
        Assert.Equal("SR1001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("src/Client.cs", finding.GetProperty("path").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Equal(14, finding.GetProperty("column").GetInt32());
        Assert.Equal("InForce", finding.GetProperty("status").GetString());
        Assert.Equal("vendor", finding.GetProperty("kind").GetString());
        Assert.Contains("1 finding", result.Error);
    }

    [Fact]
    public void Sarif_is_2_1_0_with_rules_results_locations_and_properties()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        tool.Write("src/Client.cs", Client);

        var result = tool.Run("scan", "--date", "2026-11-28", "--format", "sarif", "-o", "out/scan.sarif", "src");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        using var sarif = JsonDocument.Parse(tool.Read("out/scan.sarif"));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("restricted-list", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "SR1001" && r.GetProperty("helpUri").GetString()!.EndsWith("docs/rules/SR1001.md", System.StringComparison.Ordinal));
        Assert.Equal(new SupplierRestrictions.Analyzers.Roslyn.SupplierRestrictionsAnalyzer().SupportedDiagnostics.Length, rules.Length);
        var finding = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("SR1001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("SR1001", rules[finding.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("warning", finding.GetProperty("level").GetString());
        Assert.StartsWith("'SierraNevadaClient' refers to restricted vendor", finding.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(finding.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("src/Client.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(14, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        var properties = finding.GetProperty("properties").GetProperty("customProperties");
        Assert.Equal("CN-ECL-2025-21-05", properties.GetProperty("EntryId").GetString());
        Assert.Equal("vendor", properties.GetProperty("Kind").GetString());
        Assert.Equal("InForce", properties.GetProperty("Status").GetString());
        Assert.Equal("MOFCOM Export Control List (dual-use items)", properties.GetProperty("List").GetString());
        Assert.StartsWith("file://", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Fact]
    public void List_errors_are_reported_by_the_analyzer_and_exit_1()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Invalid);
        tool.Write("src/Clean.cs", "class Clean { }");

        var result = tool.Run("scan", "--date", "2026-11-28", "src");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Not tied to an entry", result.Out);
        Assert.Contains("restricted-list.json:4:62: error SR0002: Invalid restriction list entry: unknown property \"suspention\"", result.Out);
    }

    [Fact]
    public void Validate_reports_exactly_what_the_analyzer_reports_in_the_list()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Invalid);
        tool.Write("team.restricted-list.json", Lists.Duplicate);
        tool.Write("src/Clean.cs", "class Clean { }");

        var validate = tool.Run("validate", "restricted-list.json", "team.restricted-list.json");
        var scan = tool.Run("scan", "--date", "2026-11-28", "--list", "restricted-list.json", "--list", "team.restricted-list.json", "src");

        // The same problems at the same places with the same words; only SR0003 names the first file differently
        // (the analyzer gives its full path and (line,col), the tool the shown path and line:col).
        static string[] ListLines(string output) => output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Contains(": error SR0", System.StringComparison.Ordinal) || l.Contains(": warning SR0", System.StringComparison.Ordinal))
            .Select(l => l.Contains("SR0003", System.StringComparison.Ordinal) ? l.Substring(0, l.IndexOf("SR0003", System.StringComparison.Ordinal) + 6) : l)
            .Order(System.StringComparer.Ordinal)
            .ToArray();
        var expected = ListLines(validate.Out);
        Assert.Equal(6, expected.Length);
        Assert.Equal(expected, ListLines(scan.Out));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("scan", "--date", "2026-11-28", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: no such file or folder: 'nowhere'\n", result.Error);
    }

    [Fact]
    public void A_folder_without_csharp_files_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        Directory.CreateDirectory(Path.Combine(tool.Folder, "empty"));

        var result = tool.Run("scan", "--date", "2026-11-28", "empty");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no C# files", result.Error);
    }

    [Fact]
    public void No_list_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.Write("src/Clean.cs", "class Clean { }");

        var result = tool.Run("scan", "--date", "2026-11-28", "--list", "missing.json", "src");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: no such list file: 'missing.json'\n", result.Error);
    }

    [Fact]
    public void A_bad_date_or_format_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();
        tool.Write("src/Clean.cs", "class Clean { }");

        Assert.Equal(2, tool.Run("scan", "--date", "2026-11-31", "src").ExitCode);
        Assert.Equal(2, tool.Run("scan", "--format", "xml", "src").ExitCode);
    }
}
