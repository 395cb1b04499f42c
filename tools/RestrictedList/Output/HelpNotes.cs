using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;

namespace SupplierRestrictions.RestrictedList.Output;

/// <summary>What a command's --help adds after the usage: details and the exit codes.</summary>
public sealed record HelpNotes(string Details, string Success, string Findings, string UsageError)
{
    public void Write(TextWriter writer)
    {
        writer.WriteLine("Details:");
        foreach (string line in Details.Split('\n'))
        {
            writer.WriteLine("  " + line.TrimEnd('\r'));
        }

        writer.WriteLine();
        writer.WriteLine("Exit codes:");
        writer.WriteLine($"  {ExitCodes.Success}  {Success}");
        writer.WriteLine($"  {ExitCodes.Findings}  {Findings}");
        writer.WriteLine($"  {ExitCodes.UsageError}  {UsageError}");
        writer.WriteLine();
    }
}

/// <summary>The standard help, followed by the command's <see cref="HelpNotes"/>.</summary>
internal sealed class HelpWithNotesAction : SynchronousCommandLineAction
{
    private readonly HelpAction _help = new();
    private readonly System.Func<Command, HelpNotes?> _notes;

    public HelpWithNotesAction(System.Func<Command, HelpNotes?> notes) => _notes = notes;

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        _help.Invoke(parseResult);
        if (_notes(parseResult.CommandResult.Command) is { } notes)
        {
            notes.Write(parseResult.InvocationConfiguration.Output);
        }

        return ExitCodes.Success;
    }
}
