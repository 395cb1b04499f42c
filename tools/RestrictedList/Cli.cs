using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SupplierRestrictions.RestrictedList.Commands;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList;

/// <summary>The command line: parses, runs one command and returns its exit code (<see cref="ExitCodes"/>).</summary>
public static class Cli
{
    public const string CommandName = "restricted-list";

    private static readonly HelpNotes RootNotes = new(
        """
        Run 'restricted-list COMMAND --help' for a command's options. Dates are calendar days written YYYY-MM-DD (or 'today',
        the default: today's UTC date). Output is coloured tables on a terminal and plain aligned text when piped.
        """,
        "success; nothing wrong was found",
        "problems found: list errors, a restriction in force referenced by scanned code, an import that would not be a valid list",
        "usage error: unknown command or option, bad date, missing or unreadable file");

    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "Work with SupplierRestrictions restriction lists (restricted-list.json): start one, validate them, see what is in force on a day "
            + "and what changes when, scan C# code with the real analyzer, and import public screening lists.");
        var notes = new Dictionary<Command, HelpNotes>
        {
            [root] = RootNotes,
        };
        Add(root, notes, ValidateCommand.Create(console), ValidateCommand.Notes);
        Add(root, notes, StatusCommand.Create(console), StatusCommand.Notes);
        Add(root, notes, ChangesCommand.Create(console), ChangesCommand.Notes);
        Add(root, notes, ScanCommand.Create(console), ScanCommand.Notes);
        Add(root, notes, ImportCommand.Create(console), ImportCommand.Notes);
        Add(root, notes, InitCommand.Create(console), InitCommand.Notes);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWithNotesAction(command => notes.TryGetValue(command, out var n) ? n : null);
        }

        return root;
    }

    private static void Add(RootCommand root, Dictionary<Command, HelpNotes> notes, Command command, HelpNotes commandNotes)
    {
        root.Subcommands.Add(command);
        notes[command] = commandNotes;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(console);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.WriteError(error.Message);
            }

            string command = parsed.CommandResult.Command is RootCommand ? CommandName : $"{CommandName} {parsed.CommandResult.Command.Name}";
            console.Error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            console.WriteError(e.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            console.WriteError(e.Message);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            console.WriteError("cancelled");
            return ExitCodes.UsageError;
        }
    }
}
