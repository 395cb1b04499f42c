using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Lists;

/// <summary>
/// List files read and merged with the analyzer's own code (ParsedListFile, RestrictionList), with every problem
/// the analyzer would report in them (SR0001, SR0002, SR0003, SR0006) at 1-based line and column.
/// </summary>
public sealed class LoadedLists
{
    public const string DefaultFileName = ListFileNames.FileName;

    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors =
        new SupplierRestrictionsAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id, StringComparer.Ordinal);

    private readonly IReadOnlyList<string> _displayPaths;

    private LoadedLists(RestrictionList list, IReadOnlyList<string> displayPaths, IReadOnlyList<ListProblem> problems)
    {
        List = list;
        _displayPaths = displayPaths;
        Problems = problems;
    }

    public RestrictionList List { get; }

    /// <summary>Sorted by file (in merge order), line and column.</summary>
    public IReadOnlyList<ListProblem> Problems { get; }

    public int ErrorCount => Problems.Count(p => p.IsError);

    public int WarningCount => Problems.Count(p => !p.IsError);

    public IEnumerable<Exemption> Exemptions => List.Files.SelectMany(f => f.Parsed.Exemptions);

    public string DisplayPath(int fileIndex) => _displayPaths[fileIndex];

    public static bool IsListFileName(string path) => ListFileNames.IsListFile(path);

    /// <summary>
    /// Reads the files named on the command line (a folder stands for the list files directly inside it);
    /// none named: <c>./restricted-list.json</c>.
    /// </summary>
    /// <exception cref="UsageException">A file does not exist or cannot be read.</exception>
    public static LoadedLists Load(IReadOnlyList<string>? arguments, CliConsole console)
    {
        var paths = new List<string>();
        foreach (string argument in arguments is { Count: > 0 } ? arguments : new[] { DefaultFileName })
        {
            string full = console.Resolve(argument);
            if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full).Where(IsListFileName).OrderBy(p => p, StringComparer.Ordinal).ToArray();
                if (found.Length == 0)
                {
                    throw new UsageException($"no restricted-list.json or *.restricted-list.json in folder '{argument}'");
                }

                paths.AddRange(found);
            }
            else if (File.Exists(full))
            {
                paths.Add(full);
            }
            else if (argument.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{argument}'");
            }
            else
            {
                throw new UsageException(arguments is { Count: > 0 }
                    ? $"no such file: '{argument}'"
                    : $"no '{DefaultFileName}' in the current folder; name the list file(s) to read");
            }
        }

        var sources = new List<ListSource>();
        foreach (string path in paths.Distinct(StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read '{console.Display(path)}': {e.Message}");
            }

            sources.Add(new ListSource(path, ParsedListFile.Parse(text)));
        }

        return FromSources(sources, console.Display);
    }

    /// <summary>Merges parsed files exactly as the analyzer does and collects the problems it would report.</summary>
    public static LoadedLists FromSources(IEnumerable<ListSource> sources, Func<string, string> display)
    {
        var list = RestrictionList.Merge(sources);
        var displayPaths = list.Files.Select(f => display(f.Path)).ToArray();
        var problems = new List<(int File, ListDiagnostic Diagnostic, string Message)>();
        for (int fileIndex = 0; fileIndex < list.Files.Count; fileIndex++)
        {
            foreach (var diagnostic in list.Files[fileIndex].Parsed.Diagnostics)
            {
                problems.Add((fileIndex, diagnostic, Format(diagnostic.Id, diagnostic.Message)));
            }
        }

        foreach (var duplicate in list.Duplicates)
        {
            var first = duplicate.First.IdRange;
            string firstAt = $"{displayPaths[duplicate.FirstFileIndex]}:{first.StartLine + 1}:{first.StartColumn + 1}";
            var diagnostic = new ListDiagnostic(DiagnosticIds.DuplicateEntryId, duplicate.Duplicate.Id, duplicate.Duplicate.IdRange);
            problems.Add((duplicate.FileIndex, diagnostic, Format(DiagnosticIds.DuplicateEntryId, duplicate.Duplicate.Id, firstAt)));
        }

        foreach (var problem in list.ExemptionProblems)
        {
            problems.Add((problem.FileIndex, problem.Diagnostic, Format(problem.Diagnostic.Id, problem.Diagnostic.Message)));
        }

        var ordered = problems
            .OrderBy(p => p.File)
            .ThenBy(p => p.Diagnostic.Range.StartLine)
            .ThenBy(p => p.Diagnostic.Range.StartColumn)
            .ThenBy(p => p.Diagnostic.Id, StringComparer.Ordinal)
            .Select(p => new ListProblem(
                p.Diagnostic.Id,
                IsError(p.Diagnostic.Id),
                displayPaths[p.File],
                p.Diagnostic.Range.StartLine + 1,
                p.Diagnostic.Range.StartColumn + 1,
                p.Message))
            .ToArray();
        return new LoadedLists(list, displayPaths, ordered);
    }

    /// <summary>The analyzer's own message format for the id (so the tool and the build say the same thing).</summary>
    private static string Format(string id, params object[] arguments) =>
        Descriptors.TryGetValue(id, out var descriptor)
            ? string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments)
            : string.Join(" ", arguments);

    private static bool IsError(string id) =>
        Descriptors.TryGetValue(id, out var descriptor) && descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>Writes every problem, one compiler-style line each (status and changes send them to standard error).</summary>
    public void WriteProblems(System.IO.TextWriter writer)
    {
        foreach (var problem in Problems)
        {
            writer.WriteLine(problem.ToString());
        }
    }
}
