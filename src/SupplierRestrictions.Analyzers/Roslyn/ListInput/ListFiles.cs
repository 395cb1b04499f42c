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
    public static List<ListSource> Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var sources = new List<ListSource>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!ListFileNames.IsListFile(file.Path))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            sources.Add(new ListSource(file.Path, text is null ? Unreadable() : ParsedListCache.GetOrParse(text)));
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
