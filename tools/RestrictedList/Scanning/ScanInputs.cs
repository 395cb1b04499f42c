using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>Which files a scan reads: the C# files under the named paths, the list files, the referenced assemblies.</summary>
internal static class ScanInputs
{
    private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

    public static List<string> CollectSources(CliConsole console, IReadOnlyList<string> roots)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string root in roots)
        {
            string full = console.Resolve(root);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, files);
            }
            else if (root.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{root}'");
            }
            else
            {
                throw new UsageException($"no such file or folder: '{root}'");
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException($"no C# files (*.cs) in {string.Join(", ", roots.Select(r => $"'{r}'"))}");
        }

        return files.ToList();
    }

    private static void AddFolder(string folder, SortedSet<string> files)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            files.Add(file);
        }

        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            string name = Path.GetFileName(sub);
            if (name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            AddFolder(sub, files);
        }
    }

    public static string[] ResolveLists(CliConsole console, IReadOnlyList<string> lists) =>
        lists.Select(l => ResolveExisting(console, l, "list file")).Distinct(StringComparer.Ordinal).ToArray();

    public static string ResolveExisting(CliConsole console, string path, string what)
    {
        string full = console.Resolve(path);
        if (!File.Exists(full))
        {
            throw new UsageException($"no such {what}: '{path}'");
        }

        return full;
    }

    /// <summary>As the package does: the nearest restricted-list.json in the folder of <paramref name="root"/> or any folder above it.</summary>
    public static string FindNearestList(CliConsole console, string root)
    {
        string full = console.Resolve(root);
        var folder = new DirectoryInfo(Directory.Exists(full) ? full : Path.GetDirectoryName(full)!);
        for (var current = folder; current is not null; current = current.Parent)
        {
            string candidate = Path.Combine(current.FullName, LoadedLists.DefaultFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new UsageException($"no {LoadedLists.DefaultFileName} in '{root}' or any folder above it; name the list with --list FILE");
    }
}
