using System;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>Which files are restriction lists (docs/contract.md §1): <c>restricted-list.json</c> or <c>*.restricted-list.json</c>, any case.</summary>
public static class ListFileNames
{
    public const string FileName = "restricted-list.json";
    public const string Suffix = ".restricted-list.json";

    public static bool IsListFile(string path)
    {
        string name = NameOf(path);
        return name.Equals(FileName, StringComparison.OrdinalIgnoreCase) || name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The file name at the end of a path, after the last '/' or '\\' whatever the host: System.IO.Path splits at
    /// '\\' only on Windows, and the answer must not depend on the machine.
    /// </summary>
    public static string NameOf(string path) => path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
}
