using System;
using System.Collections.Generic;
using System.CommandLine;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Settings;
using SupplierRestrictions.RestrictedList.Output;
using SupplierRestrictions.RestrictedList.Scanning;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary>
/// <c>restricted-list scan [--date D] [--list FILE] PATH…</c>: the real analyzer over C# files, without a project.
/// This class holds the command line; <see cref="ScanRun"/> runs it.
/// </summary>
internal static class ScanCommand
{
    public static readonly HelpNotes Notes = new(
        """
        The files are parsed into one compilation against the running .NET runtime's assemblies; the lists are passed as
        AdditionalFiles and the date as build_property.SupplierRestrictionsDate, as a build would. Default severities are
        used (.editorconfig is not read); #pragma warning disable is honoured. Folders are searched recursively, skipping
        bin/, obj/, node_modules/ and folders whose name starts with '.'; name such a folder explicitly to scan it.
        """,
        "no reference to a restriction in force (info findings such as SR1003, SR1005 allowed)",
        "a reference to a restriction in force (SR1001, SR1002, SR1004, SR1006), or an error in the list or options (SR0001, SR0002, SR0005)",
        "usage error: bad date, missing file or folder, no C# files, no list found");

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "C# files or folders to scan (folders recursively, skipping bin/, obj/, node_modules/ and folders whose name starts with '.'). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var date = CommonOptions.Date("--date", "The evaluation day (build_property.SupplierRestrictionsDate). Default: today's UTC date.");
        var lists = new Option<string[]>("--list", "-l")
        {
            Description = "A list file (repeatable; several merge as in a build). Default: the nearest restricted-list.json in the first PATH's folder or a folder above it.",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (grouped by entry), json (grouped by entry), or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "FILE",
        };
        var warningDays = new Option<int?>("--warning-days")
        {
            Description = $"Days before a suspension or exemption ends that SR1003/SR1005 start (build_property.SupplierRestrictionsWarningDays). Default: {BuildProperties.DefaultWarningDays}.",
            HelpName = "N",
        };
        var scanComments = new Option<bool>("--scan-comments")
        {
            Description = "Also match names in comments (build_property.SupplierRestrictionsScanComments=true).",
        };
        var references = new Option<string[]>("--reference", "-r")
        {
            Description = "An assembly (.dll) to reference, so SR1004 can see restricted vendors' assemblies (repeatable).",
            HelpName = "DLL",
        };
        var project = new Option<string?>("--project", "-p")
        {
            Description = "A project (.csproj): its restore results (obj/project.assets.json) give the packages for SR1006, as a build would; its folder is scanned when no PATH is given.",
            HelpName = "CSPROJ",
        };
        var command = new Command(
            "scan",
            "Run the real analyzer over C# files or folders without a project and report its findings by entry.")
        {
            paths,
            date,
            lists,
            format,
            output,
            warningDays,
            scanComments,
            references,
            project,
        };
        command.SetAction((parse, cancellationToken) => ScanRun.RunAsync(
            console,
            new Settings(
                parse.GetValue(paths) ?? Array.Empty<string>(),
                CommonOptions.ParseDay(parse.GetValue(date), "--date", console),
                parse.GetValue(lists) ?? Array.Empty<string>(),
                parse.GetValue(format) ?? "text",
                parse.GetValue(output),
                parse.GetValue(warningDays),
                parse.GetValue(scanComments),
                parse.GetValue(references) ?? Array.Empty<string>(),
                parse.GetValue(project)),
            cancellationToken));
        return command;
    }

    public sealed record Settings(
        IReadOnlyList<string> Paths,
        Day Date,
        IReadOnlyList<string> Lists,
        string Format = "text",
        string? Output = null,
        int? WarningDays = null,
        bool ScanComments = false,
        IReadOnlyList<string>? References = null,
        string? Project = null);
}
