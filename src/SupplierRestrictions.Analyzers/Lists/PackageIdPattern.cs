using System;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>
/// A <c>packages</c> value (docs/contract.md §1): a NuGet package id, or an id prefix ending in <c>*</c>
/// (<c>"Skydio.*"</c>), compared case-insensitively as NuGet does. <c>"Skydio.*"</c> matches <c>Skydio.Sdk</c> but
/// not <c>Skydio</c> itself, as in NuGet's package source mapping.
/// </summary>
public static class PackageIdPattern
{
    /// <summary>NuGet's own limit on the length of a package id.</summary>
    public const int MaxIdLength = 100;

    public static bool IsPrefix(string pattern) => pattern.EndsWith("*", StringComparison.Ordinal);

    /// <summary>The part before <c>*</c>, or the whole id.</summary>
    public static string Stem(string pattern) => IsPrefix(pattern) ? pattern.Substring(0, pattern.Length - 1) : pattern;

    /// <summary>Why a value is not a package id or id pattern, or null when it is one.</summary>
    public static string? ProblemOf(string value)
    {
        const string Expected = "a package id is letters, digits and _ in parts joined by . or - (\"Skydio.Sdk\"), optionally ending in * (\"Skydio.*\")";
        if (value.IndexOf('*') is int star && star >= 0 && star != value.Length - 1)
        {
            return $"\"{value}\" is not a package id pattern: * is allowed only at the end";
        }

        string id = Stem(value);
        if (IsPrefix(value) && id.Length > 0 && (id[id.Length - 1] == '.' || id[id.Length - 1] == '-'))
        {
            id = id.Substring(0, id.Length - 1);
        }

        if (id.Length == 0)
        {
            return $"\"{value}\" would match every package; {Expected}";
        }

        if (id.Length > MaxIdLength)
        {
            return $"\"{value}\" is longer than a NuGet package id can be ({MaxIdLength} characters)";
        }

        return IsId(id) ? null : $"\"{value}\" is not a NuGet package id: {Expected}";
    }

    /// <summary>NuGet's rule: word characters in parts separated by single dots or hyphens.</summary>
    public static bool IsId(string id)
    {
        bool partStart = true;
        foreach (char c in id)
        {
            if (c == '.' || c == '-')
            {
                if (partStart)
                {
                    return false;
                }

                partStart = true;
            }
            else if (char.IsLetterOrDigit(c) || c == '_')
            {
                partStart = false;
            }
            else
            {
                return false;
            }
        }

        return id.Length > 0 && !partStart;
    }
}
