using System;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>Which files are restriction lists (docs/contract.md §1): <c>restricted-list.json</c> or <c>*.restricted-list.json</c>, any case.</summary>
public static class ListFileNames
{
    public const string FileName = "restricted-list.json";
    public const string Suffix = ".restricted-list.json";

    public static bool IsListFile(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        string name = path.Substring(slash + 1);
        return name.Equals(FileName, StringComparison.OrdinalIgnoreCase) || name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
    }
}
