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

        return MatchSegments(path);
    }

    /// <summary>The folder part of a path, whichever separator it uses.</summary>
    public static string DirectoryOf(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    /// <summary>
    /// <c>**</c> matches any number of folders. Matched like <c>*</c> in a name: left to right, going back only to
    /// the last <c>**</c> seen, so the cost is at most glob segments × path segments (backtracking into every
    /// <c>**</c> was exponential: a glob of many <c>**</c> hung the build on a deep path).
    /// </summary>
    private bool MatchSegments(List<string> path)
    {
        int g = 0, p = 0, starG = -1, starP = 0;
        while (p < path.Count)
        {
            if (g < _segments.Length && _segments[g] == "**")
            {
                starG = g++;
                starP = p;
            }
            else if (g < _segments.Length && MatchName(_segments[g], path[p]))
            {
                g++;
                p++;
            }
            else if (starG >= 0)
            {
                g = starG + 1;
                p = ++starP;
            }
            else
            {
                return false;
            }
        }

        while (g < _segments.Length && _segments[g] == "**")
        {
            g++;
        }

        return g == _segments.Length;
    }

    /// <summary><c>*</c> and <c>?</c> within one name, case-insensitively; the same bounded matching as <see cref="MatchSegments"/>.</summary>
    private static bool MatchName(string pattern, string name)
    {
        int p = 0, n = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starN = n;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(name[n])))
            {
                p++;
                n++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                n = ++starN;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
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
