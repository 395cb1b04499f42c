using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SupplierRestrictions.Benchmarks;

/// <summary>The <c>--reference</c> arguments of a <c>--sources</c> run: assemblies, or folders of them.</summary>
internal static class UserReferences
{
    public static IEnumerable<MetadataReference> Load(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string dll in Directory.GetFiles(path, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
                {
                    yield return MetadataReference.CreateFromFile(dll);
                }
            }
            else if (File.Exists(path))
            {
                yield return MetadataReference.CreateFromFile(path);
            }
            else
            {
                throw new ArgumentException($"--reference {path}: no such file or folder");
            }
        }
    }
}
