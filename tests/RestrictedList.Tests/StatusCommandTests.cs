using System.Linq;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

public sealed class StatusCommandTests
{
    [Fact]
    public void Every_entry_of_the_root_list_is_shown_with_its_status_and_next_change()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("status", "--date", "2026-10-28", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Out.Split('\n').Where(l => l.StartsWith("CN-", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(63, rows.Length);
        Assert.Matches(@"^CN-ECL-2025-21-01 +vendor +High Point Aerotechnologies +MOFCOM Export Control List \(dual-use items\) +suspended until 2026-11-09 +2026-11-10: in force$", rows[0]);
        Assert.Matches(@"^CN-ECL-2025-22-01 +vendor +American Photonics +.* +removed +-$", rows.Single(r => r.StartsWith("CN-ECL-2025-22-01", System.StringComparison.Ordinal)));
        Assert.Matches(@"^CN-MAT-2025-57-Ho +material +Holmium +.* +suspended until 2026-11-10 +2026-11-11: in force$", rows.Single(r => r.StartsWith("CN-MAT-2025-57-Ho", System.StringComparison.Ordinal)));
        Assert.Contains("restricted-list.json: 63 entries on 2026-10-28", result.Out);
        Assert.Contains("STATUS ON 2026-10-28", result.Out);
        Assert.Contains("13 in force, 32 suspended, 0 not yet listed, 18 removed.", result.Out);
    }

    [Fact]
    public void Each_status_is_worded_as_the_contract_names_it()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);

        var result = tool.Run("status", "--date", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        string Row(string id) => result.Out.Split('\n').Single(l => l.StartsWith(id + " ", System.StringComparison.Ordinal));
        Assert.Matches(@"in force +-$", Row("B-1"));
        Assert.Matches(@"suspended until 2026-12-10 +2026-12-11: in force$", Row("C-1"));
        Assert.Matches(@"not yet listed +2027-01-01: in force$", Row("D-1"));
        Assert.Matches(@"in force +2026-12-20: removed$", Row("E-1"));
        Assert.Matches(@"removed +-$", Row("F-1"));
        Assert.Matches(@"^M-1 +material +Unobtainium +Test Materials +in force", Row("M-1"));
    }

    [Fact]
    public void Exemptions_are_shown_with_the_entries_they_cover_and_their_end()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);

        var result = tool.Run("status", "--date", "2026-11-28");

        Assert.Contains("Exemptions on 2026-11-28", result.Out);
        Assert.Matches(@"\nLicence EL-2026-0042 +B-1 +src/Legacy/\*\*/\*\.cs +- +2026-12-15 +applies; ends in 18 day\(s\)\n", result.Out);
        Assert.Matches(@"\nApproval 7 +M-1 +all files +2026-12-01 +2027-03-31 +starts in 3 day\(s\)\n", result.Out);
    }

    [Fact]
    public void An_exemption_whose_entries_come_into_force_later_says_from_when_it_has_something_to_exempt()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", """
            {
              "schemaVersion": 1,
              "entries": [
                { "id": "C-1", "kind": "vendor", "name": "Crane Parts", "listed": "2025-01-01",
                  "suspensions": [ { "from": "2026-06-01", "until": "2026-12-10" } ] },
                { "id": "F-1", "kind": "vendor", "name": "Foxtrot Freight", "listed": "2025-01-01", "removed": "2025-06-01" }
              ],
              "exemptions": [
                { "entries": ["C-1"], "reason": "licensed", "reference": "Licence 1", "until": "2027-01-31" },
                { "entries": ["F-1"], "reason": "licensed", "reference": "Licence 2", "until": "2027-01-31" }
              ]
            }
            """);

        var result = tool.Run("status", "--date", "2026-11-28");

        Assert.Matches(@"\nLicence 1 +C-1 +all files +- +2027-01-31 +applies; nothing to exempt before 2026-12-11; ends in 65 day\(s\)\n", result.Out);
        Assert.Matches(@"\nLicence 2 +F-1 +all files +- +2027-01-31 +applies; nothing to exempt before it ends in 65 day\(s\)\n", result.Out);
    }

    [Fact]
    public void Without_exemptions_there_is_no_exemption_section()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("status");

        Assert.DoesNotContain("Exemptions", result.Out);
    }

    [Fact]
    public void The_default_date_is_today()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("status");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("63 entries on 2026-11-28", result.Out);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("28/11/2026")]
    [InlineData("tomorrow")]
    public void A_date_that_is_not_a_calendar_day_is_a_usage_error(string date)
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("status", "--date", date);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: --date '{date}' is not a calendar day written YYYY-MM-DD\n", result.Error);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        using var tool = new ToolRun();

        var result = tool.Run("status", "--date", "2026-11-28", "missing.restricted-list.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file: 'missing.restricted-list.json'", result.Error);
    }

    [Fact]
    public void A_list_with_errors_is_still_shown_but_exits_1_with_the_errors_on_stderr()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Invalid);

        var result = tool.Run("status");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("B-1", result.Out);
        Assert.Contains("restricted-list.json:4:62: error SR0002:", result.Error);
    }

    [Fact]
    public void On_a_terminal_it_draws_a_table()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);

        var result = tool.RunRich("status", "--date", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Bolt Widgets Inc.", result.Out);
        Assert.Contains("suspended until 2026-12-10", result.Out);
        Assert.Contains("│", result.Out);
    }
}
