using System.CommandLine;
using Spectre.Console;
using System.Linq;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary><c>restricted-list validate [FILE…]</c>: the list problems the analyzer reports (SR0001–SR0003, SR0006), as file:line:col lines.</summary>
internal static class ValidateCommand
{
    public static readonly HelpNotes Notes = new(
        """
        Files are merged as in a build (ordinal path order), so duplicate ids across files are found too. Each problem is
        one line, file:line:col: severity id: message, with 1-based line and column, and the analyzer's own wording.
        Weak names (matched only with their legal form, as a whole identifier or literal, or in capitals) are info lines,
        file:line:col: info weak name "NAME" of ID: why; they never fail validation.
        """,
        "no errors (warnings are allowed unless --warnaserror)",
        "errors found (SR0001, SR0002; with --warnaserror also SR0003, SR0006)",
        "usage error: missing or unreadable file, unknown option");

    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.ListFiles();
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Exit 1 on warnings too (SR0003 duplicate id, SR0006 invalid exemption).",
        };
        var command = new Command(
            "validate",
            "Check list files as the analyzer does (SR0001-SR0003, SR0006) and report each problem as file:line:col.")
        {
            files,
            warnAsError,
        };
        command.SetAction(parse => Run(console, parse.GetValue(files), parse.GetValue(warnAsError)));
        return command;
    }

    public static int Run(CliConsole console, string[]? files, bool warnAsError)
    {
        var lists = LoadedLists.Load(files, console);
        foreach (var problem in lists.Problems)
        {
            if (console.Rich)
            {
                console.AnsiOut.Write(new Spectre.Console.Text($"{problem.Path}:{problem.Line}:{problem.Column}: ", Tones.Style(Tone.Strong)));
                console.AnsiOut.Write(new Spectre.Console.Text($"{problem.Severity} {problem.Id}", Tones.Style(problem.IsError ? Tone.Bad : Tone.Warn)));
                console.AnsiOut.Write(new Spectre.Console.Text(": " + problem.Message));
                console.AnsiOut.WriteLine();
            }
            else
            {
                console.WriteLine(problem.ToString());
            }
        }

        // Weak names are not problems: the list is valid, but a keeper should know which names match only in some spellings.
        var weak = WeakNames.Of(lists.List.Entries);
        foreach (var name in weak)
        {
            var range = name.Entry.Range;
            console.WriteLine(
                $"{lists.DisplayPath(lists.List.EntryFiles[name.EntryIndex])}:{range.StartLine + 1}:{range.StartColumn + 1}: info weak name \"{name.Weight.Name}\" of {name.Entry.Id}: {name.Weight.Reason}",
                Tone.Info);
        }

        // Count what the files hold: an entry or exemption with an error is still one, and is what the errors are about.
        int entries = lists.List.Files.Sum(f => f.Parsed.DeclaredEntryCount);
        int exemptions = lists.List.Files.Sum(f => f.Parsed.DeclaredExemptionCount);
        int errors = lists.ErrorCount;
        int warnings = lists.WarningCount;
        string fileNames = string.Join(", ", Enumerable.Range(0, lists.List.Files.Count).Select(lists.DisplayPath));
        string verdict = errors == 0 && warnings == 0 ? "valid" : $"{Words.Plural(errors, "error")}, {Words.Plural(warnings, "warning")}";
        bool failed = errors > 0 || (warnAsError && warnings > 0);
        console.WriteLine(
            $"{fileNames}: {Words.Plural(entries, "entry", "entries")}, {Words.Plural(exemptions, "exemption")}: {verdict}",
            failed ? Tone.Bad : warnings > 0 ? Tone.Warn : Tone.Good);
        if (weak.Count > 0)
        {
            console.WriteLine(char.ToUpperInvariant(WeakNames.Count(weak)[0]) + WeakNames.Count(weak).Substring(1) + ".", Tone.Info);
        }

        return failed ? ExitCodes.Findings : ExitCodes.Success;
    }
}
