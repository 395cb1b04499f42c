using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Settings;

namespace SupplierRestrictions.Analyzers.Roslyn.Options;

/// <summary>The MSBuild properties the analyzer reads (docs/contract.md §3), each with its default.</summary>
internal sealed class AnalyzerSettings
{
    private AnalyzerSettings(Day date, int warningDays, bool scanComments, IReadOnlyList<string> problems)
    {
        Date = date;
        WarningDays = warningDays;
        ScanComments = scanComments;
        Problems = problems;
    }

    /// <summary>The evaluation date: every entry's status is taken on this day.</summary>
    public Day Date { get; }

    public int WarningDays { get; }

    public bool ScanComments { get; }

    /// <summary>Invalid property values (SR0005); the defaults are used in their place so the IDE still shows references.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static AnalyzerSettings Read(AnalyzerConfigOptions options)
    {
        var problems = new List<string>();
        var today = Day.FromDateTime(DateTime.UtcNow);
        var date = today;
        if (TryGet(options, BuildProperties.Date, out string? dateText) && !Day.TryParse(dateText, out date))
        {
            problems.Add($"{BuildProperties.Date} '{dateText}' is not a calendar day written YYYY-MM-DD; evaluating on today's UTC date {today} instead");
            date = today;
        }

        int warningDays = BuildProperties.DefaultWarningDays;
        if (TryGet(options, BuildProperties.WarningDays, out string? daysText)
            && (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out warningDays) || warningDays < 0))
        {
            problems.Add($"{BuildProperties.WarningDays} '{daysText}' is not a non-negative whole number of days; using {BuildProperties.DefaultWarningDays}");
            warningDays = BuildProperties.DefaultWarningDays;
        }

        bool scanComments = false;
        if (TryGet(options, BuildProperties.ScanComments, out string? scanText) && !bool.TryParse(scanText, out scanComments))
        {
            problems.Add($"{BuildProperties.ScanComments} '{scanText}' is not true or false; comments are not scanned");
            scanComments = false;
        }

        return new AnalyzerSettings(date, warningDays, scanComments, problems);
    }

    /// <summary>Days from the evaluation date to <paramref name="lastDay"/>'s end; true when that is inside the warning window.</summary>
    public bool EndsWithinWindow(Day lastDay, out int daysLeft)
    {
        daysLeft = Date.DaysUntil(lastDay);
        return daysLeft < WarningDays;
    }

    /// <summary>An empty value counts as absent: MSBuild passes declared-but-empty properties through as "".</summary>
    private static bool TryGet(AnalyzerConfigOptions options, string property, out string? value)
    {
        if (options.TryGetValue(BuildProperties.Key(property), out value) && !string.IsNullOrWhiteSpace(value))
        {
            value = value!.Trim();
            return true;
        }

        value = null;
        return false;
    }
}
