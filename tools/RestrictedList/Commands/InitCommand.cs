using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Init;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary><c>restricted-list init [FOLDER]</c>: a starter restricted-list.json and the schema its "$schema" names, never over existing files.</summary>
internal static class InitCommand
{
    public static readonly HelpNotes Notes = new(
        """
        Writes restricted-list.json (valid, no entries yet; commented examples show an entry and an exemption) and
        restricted-list.schema.json beside it, which the list's "$schema" names, so editors validate and complete it.
        Nothing is overwritten: if either file exists, nothing is written.
        """,
        "both files were written",
        "not used by init (it finds no problems to report)",
        "usage error: restricted-list.json or restricted-list.schema.json already exists, or the folder cannot be written");

    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string?>("FOLDER")
        {
            Description = "Where to write the files (created if missing). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("init", "Write a starter restricted-list.json and the restricted-list.schema.json it links to.")
        {
            folder,
        };
        command.SetAction(parse => Run(console, parse.GetValue(folder)));
        return command;
    }

    public static int Run(CliConsole console, string? folder)
    {
        string target = console.Resolve(folder ?? ".");
        string listPath = Path.Combine(target, ListFileNames.FileName);
        string schemaPath = Path.Combine(target, StarterList.SchemaFileName);
        var existing = new[] { listPath, schemaPath }.Where(File.Exists).Select(console.Display).ToArray();
        if (existing.Length > 0)
        {
            throw new UsageException($"{string.Join(" and ", existing.Select(p => $"'{p}'"))} already exist{(existing.Length == 1 ? "s" : string.Empty)}; "
                + "init never overwrites, so nothing was written");
        }

        try
        {
            Directory.CreateDirectory(target);
            WriteNew(listPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(StarterList.Text.Replace("\r\n", "\n")));
            WriteNew(schemaPath, StarterList.Schema());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write to '{folder ?? "."}': {e.Message}");
        }

        console.WriteLine($"Wrote {console.Display(listPath)} (no entries yet) and {console.Display(schemaPath)}.", Tone.Good);
        console.WriteLine("Add entries (the file shows an example) or import them with 'restricted-list import', then run 'restricted-list validate'.");
        return ExitCodes.Success;
    }

    /// <summary>Fails rather than overwrite, also when the file appeared after the check above.</summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(bytes, 0, bytes.Length);
    }
}
