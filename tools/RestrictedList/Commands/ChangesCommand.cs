using System.CommandLine;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary><c>restricted-list changes --from D1 --to D2 [FILE…]</c>: every status change between two days, in date order.</summary>
internal static class ChangesCommand
{
    public static readonly HelpNotes Notes = new(
        """
        Both days are included. A change on day D means the status on D differs from the status on the day before.
        Exemptions beginning and ending in the period are listed for each entry they cover.
        """,
        "shown",
        "shown, but a list file has errors (SR0001, SR0002)",
        "usage error: bad date, --from after --to, missing file");

    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.ListFiles();
        var from = CommonOptions.Date("--from", "First day of the period (included).");
        from.Required = true;
        var to = CommonOptions.Date("--to", "Last day of the period (included).");
        to.Required = true;
        var command = new Command(
            "changes",
            "List every status change between two days, in date order: what starts failing builds, and when.")
        {
            from,
            to,
            files,
        };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(files),
            CommonOptions.ParseDay(parse.GetValue(from), "--from", console),
            CommonOptions.ParseDay(parse.GetValue(to), "--to", console)));
        return command;
    }

    public static int Run(CliConsole console, string[]? files, Day from, Day to)
    {
        if (to < from)
        {
            throw new UsageException($"--from {from} is after --to {to}");
        }

        var lists = LoadedLists.Load(files, console);
        lists.WriteProblems(console.Error);
        string fileNames = string.Join(", ", Enumerable.Range(0, lists.List.Files.Count).Select(lists.DisplayPath));
        var changes = Timeline.Changes(lists, from, to);
        console.WriteLine($"{fileNames}: changes from {from} to {to}", Tone.Strong);
        console.WriteLine();
        if (changes.Count == 0)
        {
            console.WriteLine("No status changes in this period.");
        }
        else
        {
            var table = new TableView("DATE", "ID", "KIND", "NAME", "CHANGE", "EFFECT");
            foreach (var change in changes)
            {
                table.AddRow(
                    change.Day.ToString(),
                    change.Entry.Id,
                    change.Entry.KindName,
                    change.Entry.Name,
                    change.Change,
                    new Cell(change.Effect, change.Tone));
            }

            table.Write(console);
            console.WriteLine();
            int days = changes.Select(c => c.Day).Distinct().Count();
            console.WriteLine($"{Words.Plural(changes.Count, "change")} on {Words.Plural(days, "day")}.");
        }

        return lists.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
