using System;
using System.IO;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>
/// The real screening-list data kept next to the repository (../shared/data/real-lists/), read in place and never
/// copied into the repository. A missing file fails the test that needs it: a silent pass would hide a regression.
/// </summary>
public static class RealLists
{
    public static string Path(string fileName)
    {
        string root = RepositoryRoot();
        string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "data", "real-lists", fileName));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"the real list '{fileName}' is read from ../shared/data/real-lists/ next to the repository ({path})", path);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Analyzers.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Analyzers.sln above {AppContext.BaseDirectory}");
    }
}
