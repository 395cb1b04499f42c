using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Packages;

namespace SupplierRestrictions.Analyzers.Roslyn.ListInput;

/// <summary>Finds the project's package file (<see cref="ProjectPackagesFile.FileName"/>) among the AdditionalFiles.</summary>
internal static class PackageFiles
{
    public static readonly SourceTextValueProvider<ProjectPackagesFile> Parser = new(text => ProjectPackagesFile.Parse(text.ToString()));

    /// <param name="read">Parses a text, through the compiler's cache when there is one.</param>
    public static List<(string Path, ProjectPackagesFile File)> Load(AnalyzerOptions options, Func<SourceText, ProjectPackagesFile> read, CancellationToken cancellationToken)
    {
        var files = new List<(string Path, ProjectPackagesFile File)>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!ProjectPackagesFile.IsPackagesFile(file.Path))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            if (text is not null)
            {
                files.Add((file.Path, read(text)));
            }
        }

        return files;
    }
}
