using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Import;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary><c>restricted-list import --from csl|opensanctions FILE -o restricted-list.json</c>.</summary>
internal static class ImportCommand
{
    public static readonly HelpNotes Notes = new(
        """
        --from csl: the U.S. Consolidated Screening List, its JSON export ({"results":[...]}) or its CSV export (header row
        _id,source,entity_number,type,programs,name,...; several values in a field separated by ';'), detected from the content.
        --from opensanctions: OpenSanctions FollowTheMoney entities, one JSON object per line; Company, Organization,
        LegalEntity and PublicBody targets become entries, dated by the Sanction records that name them.
        Every entry is kind "vendor"; listed = start date, removed = end date (a partial date such as 2024-05 starts on its
        first day and ends after its last). Persons are skipped (the analyzer is about suppliers), and so are vessels and
        aircraft; the counts are printed. Names are cleaned: several names in one value ("A; B") become a name and aliases,
        an acronym in parentheses ("BUTEMBO AIRLINES (BAL)") becomes an alias, quotes around words are dropped
        (OOO "Severtrans" -> OOO Severtrans), and aliases that read as the same words as the name or another alias are
        left out; how many is printed. The result is parsed back with the analyzer's reader and written only if valid.
        """,
        "the list was written and is valid",
        "the result would not be a valid list (its problems are printed; nothing is written)",
        "usage error: unknown --from, missing or malformed input file, output not writable");

    public static Command Create(CliConsole console)
    {
        var from = new Option<string>("--from")
        {
            Description = "The input format: csl (Consolidated Screening List, JSON or CSV) or opensanctions (FollowTheMoney JSON lines).",
            Required = true,
        };
        from.AcceptOnlyFromAmong("csl", "opensanctions");
        var input = new Argument<string>("FILE") { Description = "The file to convert." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the list. Default: standard output ('-').",
            HelpName = "FILE",
        };
        var command = new Command("import", "Convert the U.S. Consolidated Screening List or OpenSanctions data into a valid restricted-list.json.")
        {
            from,
            input,
            output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(from)!, parse.GetValue(input)!, parse.GetValue(output)));
        return command;
    }

    public static int Run(CliConsole console, string format, string input, string? output)
    {
        string path = console.Resolve(input);
        if (!File.Exists(path))
        {
            throw new UsageException($"no such file: '{input}'");
        }

        ImportResult result;
        using (var progress = new ProgressLine(console, "reading records"))
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            result = format == "opensanctions"
                ? OpenSanctionsImporter.Read(reader, count => progress.Report(count))
                : CslImporter.Read(reader, count => progress.Report(count));
        }

        string text = ListWriter.Write(result.Entries);
        var parsed = ParsedListFile.Parse(text);
        bool toStdout = output is null or "-";
        string shownOutput = toStdout ? "standard output" : output!;
        if (parsed.Diagnostics.Count > 0)
        {
            var lists = LoadedLists.FromSources(new[] { new ListSource(shownOutput, parsed) }, p => p);
            foreach (var problem in lists.Problems)
            {
                console.Error.WriteLine(problem.ToString());
            }

            console.WriteError($"the imported list would not be valid ({parsed.Diagnostics.Count} problem(s)); nothing was written");
            return ExitCodes.Findings;
        }

        if (toStdout)
        {
            console.Out.Write(text);
        }
        else
        {
            try
            {
                string outputPath = console.Resolve(output!);
                Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
                File.WriteAllText(outputPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write '{output}': {e.Message}");
            }
        }

        foreach (string warning in result.Warnings.Take(20))
        {
            console.WriteWarning(warning);
        }

        if (result.Warnings.Count > 20)
        {
            console.WriteWarning($"… and {result.Warnings.Count - 20} more warnings");
        }

        string summary = $"Imported {Words.Plural(result.Entries.Count, "entry", "entries")} from {Words.Plural(result.Records, "record")} into {shownOutput}; "
            + $"skipped {Words.Plural(result.SkippedPersons, "person")} (the analyzer is about suppliers), "
            + $"{Words.Plural(result.SkippedOther, "vessel, aircraft or other non-organisation", "vessels, aircraft or other non-organisations")}"
            + (result.SkippedNotTargets > 0 ? $", {Words.Plural(result.SkippedNotTargets, "organisation")} that no sanction names" : string.Empty)
            + (result.SkippedUnnamed > 0 ? $", {Words.Plural(result.SkippedUnnamed, "record")} without a usable name" : string.Empty)
            + ".";
        WriteSummary(console, toStdout, summary, Tone.Good);
        WriteSummary(console, toStdout, NamesSummary(result.Cleaning, WeakNames.Of(parsed.Entries)), Tone.Normal);
        return ExitCodes.Success;
    }

    /// <summary>
    /// What import did to the names, so a list keeper can check it against the source, and how many of them the
    /// matcher weighs as weak (docs/contract.md §6.3).
    /// </summary>
    internal static string NamesSummary(NameCleaning cleaning, IReadOnlyList<WeakName> weak) =>
        $"Cleaned {Words.Plural(cleaning.NamesCleaned, "name")}: "
        + $"{Words.Plural(cleaning.SplitAtSemicolon, "value")} with several names split at ';', "
        + $"{Words.Plural(cleaning.AcronymsMoved, "acronym")} in parentheses made an alias, "
        + $"{Words.Plural(cleaning.QuotesDropped, "name")} without quotes; "
        + $"dropped {Words.Plural(cleaning.DuplicateAliases, "alias", "aliases")} with the same words as the name or another alias. "
        + char.ToUpperInvariant(WeakNames.Count(weak)[0]) + WeakNames.Count(weak).Substring(1) + ".";

    private static void WriteSummary(CliConsole console, bool toStdout, string text, Tone tone)
    {
        if (toStdout)
        {
            console.WriteNote(text);
        }
        else
        {
            console.WriteLine(text, tone);
        }
    }
}
