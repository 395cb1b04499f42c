using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Lists;

/// <summary>The status of an entry on the evaluation date (docs/contract.md §2) and the calendar days it is computed on.</summary>
public sealed class RestrictionStatusTests
{
    /// <summary>
    /// Listed 2025-04-04; suspended 2025-05-14..2025-08-11, extended without a gap to 2026-11-09; suspended again
    /// 2026-12-01..2026-12-31 after a gap; removed from 2027-06-01.
    /// </summary>
    private static readonly RestrictionEntry Kratos = Entry("""
        "listed": "2025-04-04",
        "removed": "2027-06-01",
        "suspensions": [
          { "from": "2025-05-14", "until": "2025-08-11" },
          { "from": "2026-12-01", "until": "2026-12-31" },
          { "from": "2025-08-12", "until": "2026-11-09" }
        ]
        """);

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2025-04-03")]
    public void Not_yet_listed_before_the_listing_day(string day)
    {
        Assert.Equal(RestrictionState.NotYetListed, Kratos.StatusOn(D(day)).State);
    }

    [Fact]
    public void In_force_on_the_listing_day_since_that_day()
    {
        var status = Kratos.StatusOn(D("2025-04-04"));

        Assert.Equal(RestrictionState.InForce, status.State);
        Assert.Equal(D("2025-04-04"), status.Since);
        Assert.Null(status.SuspensionEnded);
        Assert.Null(status.SuspendedUntil);
    }

    [Fact]
    public void In_force_the_day_before_a_suspension_starts()
    {
        Assert.Equal(RestrictionState.InForce, Kratos.StatusOn(D("2025-05-13")).State);
    }

    [Theory]
    [InlineData("2025-05-14")]
    [InlineData("2025-08-11")]
    [InlineData("2025-08-12")]
    [InlineData("2026-11-09")]
    public void Suspended_from_the_first_to_the_last_day_of_a_chain_until_the_end_of_the_chain(string day)
    {
        var status = Kratos.StatusOn(D(day));

        Assert.Equal(RestrictionState.Suspended, status.State);
        Assert.Equal(D("2026-11-09"), status.SuspendedUntil);
    }

    [Fact]
    public void In_force_the_day_after_a_suspension_with_the_day_it_ended()
    {
        var status = Kratos.StatusOn(D("2026-11-10"));

        Assert.Equal(RestrictionState.InForce, status.State);
        Assert.Equal(D("2026-11-09"), status.SuspensionEnded);
        Assert.Equal(D("2025-04-04"), status.Since);
    }

    [Fact]
    public void A_suspension_after_a_gap_is_not_part_of_the_chain()
    {
        var status = Kratos.StatusOn(D("2026-12-01"));

        Assert.Equal(RestrictionState.Suspended, status.State);
        Assert.Equal(D("2026-12-31"), status.SuspendedUntil);
    }

    [Fact]
    public void Suspension_ended_is_the_last_lapsed_suspension_whatever_the_order_in_the_list()
    {
        var status = Kratos.StatusOn(D("2027-01-01"));

        Assert.Equal(RestrictionState.InForce, status.State);
        Assert.Equal(D("2026-12-31"), status.SuspensionEnded);
    }

    [Fact]
    public void In_force_the_day_before_removal()
    {
        Assert.Equal(RestrictionState.InForce, Kratos.StatusOn(D("2027-05-31")).State);
    }

    [Theory]
    [InlineData("2027-06-01")]
    [InlineData("9999-12-31")]
    public void Removed_from_the_removal_day_on(string day)
    {
        Assert.Equal(RestrictionState.Removed, Kratos.StatusOn(D(day)).State);
    }

    [Fact]
    public void Removal_inside_a_suspension_wins()
    {
        var entry = Entry("""
            "removed": "2025-06-01",
            "suspensions": [ { "from": "2025-05-14", "until": "2025-08-11" } ]
            """);

        Assert.Equal(RestrictionState.Suspended, entry.StatusOn(D("2025-05-31")).State);
        Assert.Equal(RestrictionState.Removed, entry.StatusOn(D("2025-06-01")).State);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2025-04-04")]
    [InlineData("9999-12-31")]
    public void Without_listed_in_force_on_every_day(string day)
    {
        var status = Entry(string.Empty).StatusOn(D(day));

        Assert.Equal(RestrictionState.InForce, status.State);
        Assert.Null(status.Since);
    }

    [Fact]
    public void Removed_on_the_listing_day_is_never_in_force()
    {
        var entry = Entry("""
            "listed": "2025-04-04",
            "removed": "2025-04-04"
            """);

        Assert.Equal(RestrictionState.NotYetListed, entry.StatusOn(D("2025-04-03")).State);
        Assert.Equal(RestrictionState.Removed, entry.StatusOn(D("2025-04-04")).State);
    }

    [Fact]
    public void Overlapping_suspensions_chain_to_the_latest_end()
    {
        var entry = Entry("""
            "suspensions": [
              { "from": "2025-01-01", "until": "2025-03-31" },
              { "from": "2025-03-01", "until": "2025-06-30" },
              { "from": "2025-02-01", "until": "2025-02-28" }
            ]
            """);

        Assert.Equal(D("2025-06-30"), entry.StatusOn(D("2025-01-15")).SuspendedUntil);
        Assert.Equal(D("2025-06-30"), entry.StatusOn(D("2025-02-15")).SuspendedUntil);
        Assert.Equal(RestrictionState.InForce, entry.StatusOn(D("2025-07-01")).State);
    }

    [Fact]
    public void A_one_day_gap_breaks_the_chain()
    {
        var entry = Entry("""
            "suspensions": [
              { "from": "2025-01-01", "until": "2025-01-31" },
              { "from": "2025-02-02", "until": "2025-02-28" }
            ]
            """);

        Assert.Equal(D("2025-01-31"), entry.StatusOn(D("2025-01-31")).SuspendedUntil);
        var gap = entry.StatusOn(D("2025-02-01"));
        Assert.Equal(RestrictionState.InForce, gap.State);
        Assert.Equal(D("2025-01-31"), gap.SuspensionEnded);
    }

    // ---------------------------------------------------------------- Day

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2025-12-31")]
    public void Day_parses_real_calendar_days(string text)
    {
        Assert.True(Day.TryParse(text, out var day));
        Assert.Equal(text, day.ToString());
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2025-02-30")]
    [InlineData("2025-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2025-00-01")]
    [InlineData("2025-13-01")]
    [InlineData("2025-01-00")]
    [InlineData("2025-01-32")]
    [InlineData("2025-4-4")]
    [InlineData("2025-04-04T00:00")]
    [InlineData("2025-04-04Z")]
    [InlineData(" 2025-04-04")]
    [InlineData("2025/04/04")]
    [InlineData("2025-04-0a")]
    [InlineData("+025-04-04")]
    [InlineData("-025-04-04")]
    [InlineData("２０２５-04-04")]
    [InlineData("")]
    [InlineData(null)]
    public void Day_rejects_anything_but_a_real_YYYY_MM_DD_day(string? text)
    {
        Assert.False(Day.TryParse(text, out _));
    }

    [Fact]
    public void Days_count_across_months_and_leap_years()
    {
        Assert.Equal(D("2024-03-01"), D("2024-02-28").AddDays(2));
        Assert.Equal(D("2025-03-01"), D("2025-02-28").AddDays(1));
        Assert.Equal(366, D("2024-01-01").DaysUntil(D("2025-01-01")));
        Assert.Equal(-1, D("2025-01-01").DaysUntil(D("2024-12-31")));
        Assert.True(D("2025-04-03") < D("2025-04-04"));
    }

    private static Day D(string text)
    {
        Assert.True(Day.TryParse(text, out var day), text);
        return day;
    }

    private static RestrictionEntry Entry(string fields)
    {
        var parsed = ParsedListFile.Parse(TestLists.With(TestLists.Vendor("V-1", "Kratos UAS", fields)));
        Assert.Empty(parsed.Diagnostics);
        return Assert.Single(parsed.Entries);
    }
}
