using System.Linq;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_root_list_is_valid()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("validate", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nrestricted-list.json: 63 entries, 0 exemptions: valid\n", result.Out);
        Assert.DoesNotContain("error", result.Out);
    }

    [Fact]
    public void Without_a_file_it_reads_restricted_list_json_of_the_current_folder()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("63 entries", result.Out);
    }

    [Fact]
    public void Malformed_json_is_SR0001_at_its_line_and_column_and_exits_1()
    {
        using var tool = new ToolRun();
        tool.Write("broken.restricted-list.json", Lists.Malformed);

        var result = tool.Run("validate", "broken.restricted-list.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(
            "broken.restricted-list.json:5:3: error SR0001: Restriction list cannot be read: the list is not valid JSON: unexpected character ']'",
            result.Out);
        Assert.Contains("1 error, 0 warnings", result.Out);
    }

    [Fact]
    public void Invalid_entries_are_SR0002_and_unknown_exemption_ids_SR0006_each_at_file_line_col()
    {
        using var tool = new ToolRun();
        tool.Write("invalid.restricted-list.json", Lists.Invalid);

        var result = tool.Run("validate", "invalid.restricted-list.json");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal(
            new[]
            {
                "invalid.restricted-list.json:4:62: error SR0002: Invalid restriction list entry: unknown property \"suspention\" (did you mean \"suspensions\"?); an unknown property could hide a restriction, so it is an error",
                "invalid.restricted-list.json:5:28: error SR0002: Invalid restriction list entry: unknown kind \"supplier\"; expected \"vendor\" or \"material\"",
                "invalid.restricted-list.json:5:73: error SR0002: Invalid restriction list entry: \"listed\" must be a calendar day written YYYY-MM-DD, not \"2026-02-30\"",
                "invalid.restricted-list.json:6:5: error SR0002: Invalid restriction list entry: the entry has no \"name\"",
                "invalid.restricted-list.json:9:26: warning SR0006: Invalid exemption: no entry has id \"Z-9\" in any list file; the exemption cannot cover it",
                "invalid.restricted-list.json: 3 entries, 1 exemption: 4 errors, 1 warning",
            },
            lines.Where(l => l.Length > 0));
    }

    [Fact]
    public void A_duplicate_id_across_files_is_an_SR0003_warning_that_fails_only_with_warnaserror()
    {
        using var tool = new ToolRun();
        tool.Write("a.restricted-list.json", Lists.Duplicate);
        tool.Write("b.restricted-list.json", Lists.Dated);

        var result = tool.Run("validate", "b.restricted-list.json", "a.restricted-list.json");
        var strict = tool.Run("validate", "--warnaserror", "b.restricted-list.json", "a.restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("b.restricted-list.json:4:13: warning SR0003: Entry id 'B-1' is already used in a.restricted-list.json:4:13; this entry is ignored", result.Out);
        Assert.Contains("0 errors, 1 warning", result.Out);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void Entries_and_exemptions_with_errors_are_still_counted()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", """
            {
              "schemaVersion": 1,
              "entries": [
                { "id": "B-1", "kind": "vendor", "name": "Bolt Widgets" },
                { "id": "B-2", "kind": "vendor" }
              ],
              "exemptions": [
                { "entries": ["B-1"], "reason": "licence" }
              ]
            }
            """);

        var result = tool.Run("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("restricted-list.json: 2 entries, 1 exemption: 1 error, 1 warning\n", result.Out);
    }

    [Fact]
    public void A_folder_stands_for_the_list_files_in_it()
    {
        using var tool = new ToolRun();
        tool.Write("lists/a.restricted-list.json", Lists.Duplicate);
        tool.Write("lists/restricted-list.json", Lists.Dated);
        tool.Write("lists/notes.json", "not a list");

        var result = tool.Run("validate", "lists");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lists/a.restricted-list.json, lists/restricted-list.json:", result.Out);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        using var tool = new ToolRun();

        var result = tool.Run("validate", "nowhere.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: no such file: 'nowhere.json'\n", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void No_list_in_the_current_folder_is_a_usage_error()
    {
        using var tool = new ToolRun();

        var result = tool.Run("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no 'restricted-list.json' in the current folder", result.Error);
    }

    [Fact]
    public void Piped_output_has_no_colour_codes()
    {
        using var tool = new ToolRun();
        tool.Write("broken.restricted-list.json", Lists.Malformed);

        var plain = tool.Run("validate", "broken.restricted-list.json");

        Assert.DoesNotContain("\u001b[", plain.Out);
    }
}
