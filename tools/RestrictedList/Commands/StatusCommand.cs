using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary><c>restricted-list status [--date D] [FILE…]</c>: every entry's status on a day and its next change; the exemptions.</summary>
internal static class StatusCommand
{
    public static readonly HelpNotes Notes = new(
        """
        Status on the day: in force / suspended until X / not yet listed / removed, computed by the analyzer's own code.
        NEXT CHANGE is the first later day on which the status differs. List problems are printed on standard error.
        --weak: instead, every weak name and alias (docs/contract.md §6.3) and why: one common word that needs its legal
        form, two common words, a short acronym, or an entry with "match": "strict"; add a distinctive alias where a name
        never matches by name.
        """,
        "shown",
        "shown, but a list file has errors (SR0001, SR0002)",
        "usage error: bad date, missing file, unknown option");

    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.ListFiles();
        var date = CommonOptions.Date("--date", "The day to evaluate (as SupplierRestrictionsDate in a build). Default: today's UTC date.");
        var weak = new Option<bool>("--weak")
        {
            Description = "List the names and aliases the analyzer weighs as weak, and why, instead of the statuses.",
        };
        var command = new Command(
            "status",
            "Show every entry's status on a day and the next day it changes, and the exemptions.")
        {
            date,
            weak,
            files,
        };
        command.SetAction(parse => parse.GetValue(weak)
            ? RunWeak(console, parse.GetValue(files))
            : Run(console, parse.GetValue(files), CommonOptions.ParseDay(parse.GetValue(date), "--date", console)));
        return command;
    }

    public static int Run(CliConsole console, string[]? files, Day day)
    {
        var lists = LoadedLists.Load(files, console);
        lists.WriteProblems(console.Error);
        var entries = lists.List.Entries;
        string fileNames = string.Join(", ", Enumerable.Range(0, lists.List.Files.Count).Select(lists.DisplayPath));
        console.WriteLine($"{fileNames}: {Words.Plural(entries.Count, "entry", "entries")} on {day}", Tone.Strong);
        console.WriteLine();

        var table = new TableView("ID", "KIND", "NAME", "LIST", $"STATUS ON {day}", "NEXT CHANGE");
        foreach (var entry in entries)
        {
            var status = entry.StatusOn(day);
            string next = Timeline.NextChange(entry, day) is { } change ? $"{change.Day}: {Timeline.Describe(change.Status)}" : "-";
            table.AddRow(
                entry.Id,
                entry.KindName,
                entry.Name,
                entry.ListName,
                new Cell(Timeline.Describe(status), Timeline.ToneOf(status)),
                next);
        }

        table.Write(console);
        console.WriteLine();
        var counts = entries.Select(e => e.StatusOn(day).State).ToLookup(s => s);
        console.WriteLine(
            $"{counts[RestrictionState.InForce].Count()} in force, {counts[RestrictionState.Suspended].Count()} suspended, "
            + $"{counts[RestrictionState.NotYetListed].Count()} not yet listed, {counts[RestrictionState.Removed].Count()} removed.");

        var integrations = entries.Where(e => e.Packages.Count > 0 || e.Domains.Count > 0).ToArray();
        if (integrations.Length > 0)
        {
            // Where a vendor's integration shows up besides its names: packages (SR1006) and web domains (in literals).
            console.WriteLine();
            console.WriteLine("Packages and domains", Tone.Strong);
            console.WriteLine();
            var integrationTable = new TableView("ID", "PACKAGES", "DOMAINS");
            foreach (var entry in integrations)
            {
                integrationTable.AddRow(
                    entry.Id,
                    entry.Packages.Count == 0 ? "-" : string.Join(", ", entry.Packages),
                    entry.Domains.Count == 0 ? "-" : string.Join(", ", entry.Domains));
            }

            integrationTable.Write(console);
        }

        var exemptions = lists.Exemptions.ToArray();
        if (exemptions.Length > 0)
        {
            console.WriteLine();
            console.WriteLine($"Exemptions on {day}", Tone.Strong);
            console.WriteLine();
            var known = entries.Select(e => e.Id).ToHashSet(System.StringComparer.Ordinal);
            var exemptionTable = new TableView("EXEMPTION", "ENTRIES COVERED", "PATHS", "FROM", "UNTIL", $"ON {day}");
            foreach (var exemption in exemptions)
            {
                string covered = string.Join(", ", exemption.EntryIds.Select(id => known.Contains(id) ? id : id + " (unknown)"));
                exemptionTable.AddRow(
                    exemption.DisplayName,
                    covered,
                    exemption.Paths.Count == 0 ? "all files" : string.Join(", ", exemption.Paths),
                    exemption.From?.ToString() ?? "-",
                    exemption.Until.ToString(),
                    Describe(exemption, entries.Where(e => exemption.EntryIds.Contains(e.Id)).ToArray(), day));
            }

            exemptionTable.Write(console);
        }

        return lists.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary><c>status --weak</c>: every weak name and alias, and why, so a list keeper can add a distinctive alias.</summary>
    public static int RunWeak(CliConsole console, string[]? files)
    {
        var lists = LoadedLists.Load(files, console);
        lists.WriteProblems(console.Error);
        var weak = WeakNames.Of(lists.List.Entries);
        string fileNames = string.Join(", ", Enumerable.Range(0, lists.List.Files.Count).Select(lists.DisplayPath));
        console.WriteLine($"{fileNames}: {Words.Plural(lists.List.Entries.Count, "entry", "entries")}; {WeakNames.Count(weak)}", Tone.Strong);
        if (weak.Count > 0)
        {
            console.WriteLine();
            var table = new TableView("ID", "NAME OR ALIAS", "WEIGHED AS", "WHY");
            foreach (var name in weak)
            {
                table.AddRow(
                    name.Entry.Id,
                    name.Weight.Name,
                    new Cell(Describe(name.Weight), name.Weight.MatchesByName ? Tone.Warn : Tone.Bad),
                    name.Weight.Reason);
            }

            table.Write(console);
        }

        return lists.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Describe(NameWeight weight) => weight.Kind switch
    {
        NameWeightKind.OneCommonWord => weight.MatchesByName ? "one common word" : "never by name",
        NameWeightKind.TwoCommonWords => "two common words",
        NameWeightKind.Acronym => "acronym",
        NameWeightKind.Strict => "strict",
        _ => "strong",
    };

    private static Cell Describe(Exemption exemption, IReadOnlyList<RestrictionEntry> covered, Day day)
    {
        if (exemption.From is { } from && day < from)
        {
            return new Cell($"starts in {day.DaysUntil(from)} day(s)", Tone.Info);
        }

        if (exemption.Until < day)
        {
            return new Cell("ended", Tone.Muted);
        }

        // The same schedule as the analyzer's SR0007: an exemption whose entries come into force only later is needed from then.
        int left = day.DaysUntil(exemption.Until) + 1;
        var needed = covered.Select(e => ExemptionSchedule.FirstExemptedDay(exemption, e, day)).Where(d => d is not null).Min();
        if (needed is null)
        {
            return new Cell($"applies; nothing to exempt before it ends in {left} day(s)", Tone.Muted);
        }

        string idle = needed.Value == day ? string.Empty : $"nothing to exempt before {needed.Value}; ";
        return new Cell($"applies; {idle}ends in {left} day(s)", left <= 30 ? Tone.Warn : Tone.Good);
    }
}
