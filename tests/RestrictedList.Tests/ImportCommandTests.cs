using System.Linq;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Import;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

public sealed class ImportCommandTests
{
    [Fact]
    public void Csl_json_becomes_a_valid_list_of_vendors_without_persons_or_vessels()
    {
        using var tool = new ToolRun();
        tool.CopySample("csl.json");

        var result = tool.Run("import", "--from", "csl", "csl.json", "-o", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Imported 4 entries from 6 records into restricted-list.json; skipped 1 person (the analyzer is about suppliers), 1 vessel, aircraft or other non-organisation.", result.Out);
        Assert.Contains("warning: US-CSL-MEU-7: start_date 'not a date' is not a date; the entry is in force from any day", result.Error);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        Assert.Empty(list.Diagnostics);
        Assert.Equal(new[] { "US-CSL-EL-1001", "US-CSL-DPL-d1d2d3d4d1d2", "US-CSL-EL-1001-2", "US-CSL-MEU-7" }, list.Entries.Select(e => e.Id));
        Assert.All(list.Entries, e => Assert.Equal(EntryKind.Vendor, e.Kind));

        var northwind = list.Entries[0];
        Assert.Equal("Northwind Avionics Co., Ltd.", northwind.Name);
        Assert.Equal(new[] { "Northwind Avionics", "NWA Avionics" }, northwind.Aliases);
        Assert.Equal("Entity List (EL) - Bureau of Industry and Security", northwind.Details.List);
        Assert.Equal("Bureau of Industry and Security", northwind.Details.Authority);
        Assert.Equal("89 FR 12345", northwind.Details.Reference);
        Assert.Equal("https://www.bis.gov/entity-list", northwind.Details.Url);
        Assert.Equal("2024-05-14", northwind.Listed.ToString());
        Assert.Null(northwind.Removed);

        var denied = list.Entries[1];
        Assert.Equal("2017-10-18", denied.Listed.ToString());
        Assert.Equal("2020-10-15", denied.Removed.ToString());

        var partial = list.Entries[2];
        Assert.Equal("2024-05-01", partial.Listed.ToString());
        Assert.Equal("2026-01-01", partial.Removed.ToString());
        Assert.Empty(partial.Aliases);

        Assert.Null(list.Entries[3].Listed);
        Assert.Empty(list.Entries[3].Aliases);
    }

    [Fact]
    public void Csl_csv_gives_the_same_entries_as_the_json_export()
    {
        using var tool = new ToolRun();
        tool.CopySample("csl.csv");
        tool.CopySample("csl.json");

        var csv = tool.Run("import", "--from", "csl", "csl.csv", "-o", "from-csv.restricted-list.json");
        tool.Run("import", "--from", "csl", "csl.json", "-o", "from-json.restricted-list.json");

        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("Imported 2 entries from 4 records", csv.Out);
        Assert.Contains("skipped 1 person", csv.Out);
        var fromCsv = ParsedListFile.Parse(tool.Read("from-csv.restricted-list.json"));
        var fromJson = ParsedListFile.Parse(tool.Read("from-json.restricted-list.json"));
        Assert.Empty(fromCsv.Diagnostics);
        foreach (var entry in fromCsv.Entries)
        {
            var same = fromJson.Entries.Single(e => e.Id == entry.Id);
            Assert.Equal(same.Name, entry.Name);
            Assert.Equal(same.Aliases, entry.Aliases);
            Assert.Equal(same.Listed, entry.Listed);
            Assert.Equal(same.Removed, entry.Removed);
            Assert.Equal(same.Details.Reference, entry.Details.Reference);
        }
    }

    [Fact]
    public void OpenSanctions_targets_become_vendors_dated_by_their_sanctions()
    {
        using var tool = new ToolRun();
        tool.CopySample("opensanctions.ftm.json");

        var result = tool.Run("import", "--from", "opensanctions", "opensanctions.ftm.json", "-o", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Imported 3 entries from 11 records into restricted-list.json; skipped 2 persons (the analyzer is about suppliers), 1 vessel, aircraft or other non-organisation, 1 organisation that no sanction names.", result.Out);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        Assert.Empty(list.Diagnostics);
        Assert.Equal(new[] { "NK-aB3dE5fG7hJ9kL", "eu-fsf-org-9", "us-bis-el-5" }, list.Entries.Select(e => e.Id));

        var orion = list.Entries[0];
        Assert.Equal("Orion Maritime Logistics LLC", orion.Name);
        Assert.Equal(new[] { "Orion Maritime Logistics", "Orion ML" }, orion.Aliases);
        Assert.Equal("IRAN-EO13846", orion.Details.List);
        Assert.Equal("Office of Foreign Assets Control", orion.Details.Authority);
        Assert.Equal("https://sanctionssearch.ofac.treas.gov/", orion.Details.Url);
        Assert.Equal("Shipping Iranian petroleum", orion.Details.Reason);
        Assert.Equal("2023-06-06", orion.Listed.ToString());
        Assert.Null(orion.Removed);

        var nested = list.Entries[1];
        Assert.Equal("2022-03-01", nested.Listed.ToString());
        Assert.Equal("2024-02-15", nested.Removed.ToString());
        Assert.Equal("https://www.opensanctions.org/entities/eu-fsf-org-9/", nested.Details.Url);

        var relisted = list.Entries[2];
        Assert.Equal("2021-11-26", relisted.Listed.ToString());
        Assert.Null(relisted.Removed);
    }

    [Fact]
    public void Csl_names_are_cleaned_and_the_cleaning_is_counted()
    {
        using var tool = new ToolRun();
        tool.CopySample("messy-names.csl.csv");

        var result = tool.Run("import", "--from", "csl", "messy-names.csl.csv", "-o", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Cleaned 4 names: 1 value with several names split at ';', 1 acronym in parentheses made an alias, 2 names without quotes; dropped 3 aliases with the same words as the name or another alias.", result.Out);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        Assert.Empty(list.Diagnostics);
        Assert.Equal(new[] { "BUTEMBO AIRLINES", "OOO Severtrans", "Bank (Moscow) Ltd" }, list.Entries.Select(e => e.Name));
        Assert.Equal(new[] { "BAL", "BUTEMBO AIR LINES" }, list.Entries[0].Aliases);
        Assert.Equal(new[] { "Severtrans Logistics" }, list.Entries[1].Aliases);
        Assert.Equal(new[] { "KURDISTAN WORKERS' BANK" }, list.Entries[2].Aliases);
    }

    [Fact]
    public void OpenSanctions_names_are_cleaned_and_the_cleaning_is_counted()
    {
        using var tool = new ToolRun();
        tool.CopySample("messy-names.ftm.json");

        var result = tool.Run("import", "--from", "opensanctions", "messy-names.ftm.json", "-o", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Cleaned 4 names: 1 value with several names split at ';', 1 acronym in parentheses made an alias, 2 names without quotes; dropped 2 aliases with the same words as the name or another alias.", result.Out);
        var list = ParsedListFile.Parse(tool.Read("restricted-list.json"));
        Assert.Empty(list.Diagnostics);
        Assert.Equal("Kestrel Defence", list.Entries[0].Name);
        Assert.Equal(new[] { "KDEF", "Kestrel Defense Systems", "KD Systems" }, list.Entries[0].Aliases);
        Assert.Equal("Harbour (Cyprus) Holdings Limited", list.Entries[1].Name);
        Assert.Equal(new[] { "People's Harbour Holdings" }, list.Entries[1].Aliases);
    }

    [Fact]
    public void A_list_with_clean_names_reports_nothing_cleaned()
    {
        using var tool = new ToolRun();
        tool.CopySample("opensanctions.ftm.json");

        var result = tool.Run("import", "--from", "opensanctions", "opensanctions.ftm.json", "-o", "restricted-list.json");

        Assert.Contains("Cleaned 0 names: 0 values with several names split at ';', 0 acronyms in parentheses made an alias, 0 names without quotes; dropped 0 aliases with the same words as the name or another alias.", result.Out);
    }

    [Fact]
    public void Without_output_the_list_goes_to_stdout_and_the_summary_to_stderr()
    {
        using var tool = new ToolRun();
        tool.CopySample("csl.json");

        var result = tool.Run("import", "--from", "csl", "csl.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(ParsedListFile.Parse(result.Out).Diagnostics);
        Assert.Contains("Imported 4 entries from 6 records into standard output", result.Error);
        Assert.Contains("; dropped 1 alias with the same words as the name or another alias.", result.Error);
        Assert.DoesNotContain("Cleaned", result.Out);
    }

    [Fact]
    public void The_imported_list_passes_validate_and_shows_in_status()
    {
        using var tool = new ToolRun();
        tool.CopySample("opensanctions.ftm.json");
        tool.Run("import", "--from", "opensanctions", "opensanctions.ftm.json", "-o", "restricted-list.json");

        var validate = tool.Run("validate");
        var status = tool.Run("status", "--date", "2026-11-28");

        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("3 entries, 0 exemptions: valid", validate.Out);
        Assert.Contains("2 in force, 0 suspended, 0 not yet listed, 1 removed.", status.Out);
    }

    [Fact]
    public void A_malformed_json_line_is_a_usage_error_naming_the_line()
    {
        using var tool = new ToolRun();
        tool.Write("bad.ftm.json", "{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {}}\n{not json}\n");

        var result = tool.Run("import", "--from", "opensanctions", "bad.ftm.json", "-o", "restricted-list.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: line 2 is not a JSON object:", result.Error);
        Assert.False(System.IO.File.Exists(System.IO.Path.Combine(tool.Folder, "restricted-list.json")));
    }

    [Fact]
    public void A_csl_file_of_another_shape_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.Write("wrong.json", "{\"items\": []}");
        tool.Write("wrong.csv", "a,b,c\n1,2,3\n");

        var json = tool.Run("import", "--from", "csl", "wrong.json");
        var csv = tool.Run("import", "--from", "csl", "wrong.csv");

        Assert.Equal(2, json.ExitCode);
        Assert.Contains("must be an object with a \"results\" array", json.Error);
        Assert.Equal(2, csv.ExitCode);
        Assert.Contains("header row", csv.Error);
    }

    [Fact]
    public void A_missing_file_or_unknown_format_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.CopySample("csl.json");

        var missing = tool.Run("import", "--from", "csl", "nowhere.json");
        var unknown = tool.Run("import", "--from", "ofac", "csl.json");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("error: no such file: 'nowhere.json'\n", missing.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("ofac", unknown.Error);
    }

    [Fact]
    public void An_invalid_result_is_caught_by_parsing_it_back()
    {
        var entry = new ImportedEntry("X-1", "Example Corp")
        {
            Listed = ToolRun.ParseDay("2025-01-01"),
            Removed = ToolRun.ParseDay("2024-01-01"),
        };

        var parsed = ParsedListFile.Parse(ListWriter.Write(new[] { entry }));

        var problem = Assert.Single(parsed.Diagnostics);
        Assert.Equal("SR0002", problem.Id);
    }

    [Theory]
    [InlineData("2024-05-14", "2024-05-14", "2024-05-14")]
    [InlineData("2024-05-14T00:00:00Z", "2024-05-14", "2024-05-14")]
    [InlineData("2024-05", "2024-05-01", "2024-06-01")]
    [InlineData("2024", "2024-01-01", "2025-01-01")]
    [InlineData("10/15/2020", "2020-10-15", "2020-10-15")]
    public void Dates_partial_or_complete_are_read_fail_closed(string text, string start, string end)
    {
        Assert.Equal(start, ImportText.Start(text).ToString());
        Assert.Equal(end, ImportText.End(text).ToString());
    }

    [Theory]
    [InlineData("Entity List (EL) - Bureau of Industry and Security", "EL")]
    [InlineData("Military End User (MEU) List - Bureau of Industry and Security", "MEU")]
    [InlineData("Nonproliferation Sanctions - State Department", "NS")]
    public void Csl_sources_are_abbreviated_for_ids(string source, string code)
    {
        Assert.Equal(code, CslImporter.SourceCode(source));
    }
}
