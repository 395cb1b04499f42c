using System.Linq;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

public sealed class ChangesCommandTests
{
    [Fact]
    public void The_root_list_changes_in_november_2026_are_listed_in_date_order()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("changes", "--from", "2026-11-01", "--to", "2026-12-31", "restricted-list.json");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Out.Split('\n').Where(l => l.StartsWith("2026-", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(32, rows.Length);
        Assert.Equal(rows.OrderBy(r => r.Substring(0, 10), System.StringComparer.Ordinal), rows);
        Assert.Matches(@"^2026-11-10 +CN-ECL-2025-21-01 +vendor +High Point Aerotechnologies +suspended until 2026-11-09 -> in force +starts failing builds \(SR1001\)$", rows[0]);
        Assert.Matches(@"^2026-11-11 +CN-MAT-2025-57-Ho +material +Holmium +suspended until 2026-11-10 -> in force +starts failing builds \(SR1002\)$", rows.Single(r => r.Contains("CN-MAT-2025-57-Ho")));
        Assert.Contains("32 changes on 2 days.", result.Out);
    }

    [Fact]
    public void Status_changes_and_exemption_starts_and_ends_are_listed()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);

        var result = tool.Run("changes", "--from", "2026-11-28", "--to", "2027-12-31");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Out.Split('\n').Where(l => l.StartsWith("202", System.StringComparison.Ordinal)).ToArray();
        Assert.Collection(
            rows,
            r => Assert.Matches(@"^2026-12-01 +M-1 +material +Unobtainium +exemption 'Approval 7' begins +not reported until 2027-03-31$", r),
            r => Assert.Matches(@"^2026-12-11 +C-1 +vendor +Crane Parts +suspended until 2026-12-10 -> in force +starts failing builds \(SR1001\)$", r),
            r => Assert.Matches(@"^2026-12-16 +B-1 +vendor +Bolt Widgets Inc\. +exemption 'Licence EL-2026-0042' ends +starts failing builds again in src/Legacy/\*\*/\*\.cs \(SR1001\)$", r),
            r => Assert.Matches(@"^2026-12-20 +E-1 +vendor +Echo Marine +in force -> removed +stops being reported$", r),
            r => Assert.Matches(@"^2027-01-01 +D-1 +vendor +Delta Optics +not yet listed -> in force +starts failing builds \(SR1001\)$", r),
            r => Assert.Matches(@"^2027-04-01 +M-1 +material +Unobtainium +exemption 'Approval 7' ends +starts failing builds again \(SR1002\)$", r));
    }

    [Fact]
    public void Both_days_are_included()
    {
        using var tool = new ToolRun();
        tool.Write("restricted-list.json", Lists.Dated);

        var result = tool.Run("changes", "--from", "2026-12-11", "--to", "2026-12-11");

        Assert.Contains("C-1", result.Out);
        Assert.Contains("1 change on 1 day.", result.Out);
    }

    [Fact]
    public void A_period_without_changes_says_so()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("changes", "--from", "2027-01-01", "--to", "2027-06-30");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No status changes in this period.", result.Out);
    }

    [Fact]
    public void From_after_to_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("changes", "--from", "2026-12-31", "--to", "2026-11-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --from 2026-12-31 is after --to 2026-11-01\n", result.Error);
    }

    [Fact]
    public void A_missing_option_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("changes", "--from", "2026-11-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--to", result.Error);
        Assert.Contains("Run 'restricted-list changes --help' for usage.", result.Error);
    }

    [Fact]
    public void An_unknown_date_is_a_usage_error()
    {
        using var tool = new ToolRun();
        tool.CopyRootList();

        var result = tool.Run("changes", "--from", "2026-11-01", "--to", "2026-11-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --to '2026-11-31' is not a calendar day written YYYY-MM-DD\n", result.Error);
    }
}
