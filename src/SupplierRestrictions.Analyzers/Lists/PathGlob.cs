using System;
using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>
/// A file glob of an exemption (<c>src/Legacy/**/*.cs</c>): <c>*</c> and <c>?</c> within one folder name,
/// <c>**</c> across folders, <c>/</c> and <c>\</c> alike, relative to the folder of the list file, compared
/// case-insensitively (as MSBuild globs are on Windows, where most of these paths are written).
/// </summary>
public sealed class PathGlob
{
    private readonly string[] _segments;

    private PathGlob(string[] segments) => _segments = segments;

    /// <summary>Why <paramref name="glob"/> cannot be used, or null when it can.</summary>
    public static string? Validate(string glob)
    {
        if (glob.IndexOfAny(new[] { '[', ']', '{', '}' }) >= 0)
        {
            return "'[', ']', '{' and '}' are not supported; use '*', '?' and '**'";
        }

        if (glob.StartsWith("/", StringComparison.Ordinal) || glob.StartsWith("\\", StringComparison.Ordinal) || (glob.Length > 1 && glob[1] == ':'))
        {
            return "a path must be relative to the folder of the list file";
        }

        foreach (string segment in Split(glob))
        {
            if (segment.Contains("**") && segment != "**")
            {
                return "'**' must be a whole folder name, as in 'src/**/*.cs'";
            }
        }

        return null;
    }

    /// <summary>The glob anchored at <paramref name="baseDirectory"/> (the list file's folder).</summary>
    public static PathGlob Create(string baseDirectory, string glob)
    {
        var segments = new List<string>();
        foreach (string part in Split(baseDirectory))
        {
            Push(segments, part);
        }

        foreach (string part in Split(glob))
        {
            Push(segments, part);
        }

        return new PathGlob(segments.ToArray());
    }

    public bool IsMatch(string filePath)
    {
        var path = new List<string>();
        foreach (string part in Split(filePath))
        {
            Push(path, part);
        }

        return MatchSegments(0, path, 0);
    }

    /// <summary>The folder part of a path, whichever separator it uses.</summary>
    public static string DirectoryOf(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    private bool MatchSegments(int globIndex, List<string> path, int pathIndex)
    {
        while (globIndex < _segments.Length)
        {
            if (_segments[globIndex] == "**")
            {
                for (int skip = pathIndex; skip <= path.Count; skip++)
                {
                    if (MatchSegments(globIndex + 1, path, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (pathIndex >= path.Count || !MatchName(_segments[globIndex], 0, path[pathIndex], 0))
            {
                return false;
            }

            globIndex++;
            pathIndex++;
        }

        return pathIndex == path.Count;
    }

    private static bool MatchName(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            char c = pattern[p];
            if (c == '*')
            {
                for (int rest = n; rest <= name.Length; rest++)
                {
                    if (MatchName(pattern, p + 1, name, rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (n >= name.Length || (c != '?' && char.ToUpperInvariant(c) != char.ToUpperInvariant(name[n])))
            {
                return false;
            }

            p++;
            n++;
        }

        return n == name.Length;
    }

    private static IEnumerable<string> Split(string path) => path.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries);

    private static void Push(List<string> segments, string part)
    {
        if (part == ".")
        {
            return;
        }

        if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
        {
            segments.RemoveAt(segments.Count - 1);
            return;
        }

        segments.Add(part);
    }
}
