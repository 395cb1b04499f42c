using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// Another build of the analyzer (<c>--compare-with</c>), loaded in a load context of its own so that both builds of
/// the same assembly run in one process: the runs of the two then alternate under the same machine and JIT state.
/// Roslyn itself comes from the default context, shared with ours.
/// </summary>
internal static class OtherBuild
{
    public static ImmutableArray<DiagnosticAnalyzer> Load(string path)
    {
        string full = Path.GetFullPath(path);
        var context = new AssemblyLoadContext("compare-with", isCollectible: false);
        var assembly = context.LoadFromAssemblyPath(full);
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"--compare-with {path}: no analyzer in that assembly");
        }

        return analyzers;
    }
}
