using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Roslyn.ListInput;

/// <summary>Finds the list files among the AdditionalFiles and reads each one once per text (docs/contract.md §1).</summary>
internal static class ListFiles
{
    /// <summary>
    /// Parsed once per list text: the compiler caches by SourceText object (the IDE's unchanged file), and
    /// <see cref="ParsedListCache"/> by content (each command-line compilation's new SourceText).
    /// </summary>
    public static readonly SourceTextValueProvider<ParsedListFile> Parser = new(ParsedListCache.GetOrParse);

    /// <param name="read">Parses a text, through the compiler's cache when there is one.</param>
    public static List<ListSource> Load(AnalyzerOptions options, Func<SourceText, ParsedListFile> read, CancellationToken cancellationToken)
    {
        var sources = new List<ListSource>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!ListFileNames.IsListFile(file.Path))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            sources.Add(new ListSource(file.Path, text is null ? Unreadable() : read(text)));
        }

        return sources;
    }

    private static ParsedListFile Unreadable() => ParsedListFile.Failed("the file could not be read");

    public static Location Location(string path, TextRange range) =>
        Microsoft.CodeAnalysis.Location.Create(
            path,
            new TextSpan(range.Start, range.Length),
            new LinePositionSpan(new LinePosition(range.StartLine, range.StartColumn), new LinePosition(range.EndLine, range.EndColumn)));
}
