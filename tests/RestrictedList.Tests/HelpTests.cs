using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("status")]
    [InlineData("changes")]
    [InlineData("scan")]
    [InlineData("import")]
    [InlineData("init")]
    public void Every_command_has_help_with_its_exit_codes(params string[] command)
    {
        using var tool = new ToolRun();

        var result = tool.Run([.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("Exit codes:\n  0  ", result.Out);
        Assert.Contains("\n  1  ", result.Out);
        Assert.Contains("\n  2  ", result.Out);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        using var tool = new ToolRun();

        var result = tool.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'restricted-list --help' for usage.", result.Error);
    }

    [Fact]
    public void An_unknown_command_or_option_is_a_usage_error()
    {
        using var tool = new ToolRun();

        tool.CopyRootList();

        Assert.Equal(2, tool.Run("publish").ExitCode);
        var unknown = tool.Run("changes", "--from", "2026-11-01", "--to", "2026-11-30", "--colour");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("error: unknown option '--colour'\n", unknown.Error);
        Assert.Equal(2, tool.Run("scan", "--date", "2026-11-28", "--verbose").ExitCode);
    }
}
