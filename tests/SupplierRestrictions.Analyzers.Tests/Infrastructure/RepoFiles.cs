namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>Files of the repository copied beside the tests (see the csproj), so tests check the real ones.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The checkout the tests were built from (the folder of Analyzers.sln), for checks that read the sources.</summary>
    public static string Root => RootFolder.Value;

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Repo", relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static string RootList => Read("restricted-list.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the tests do not run inside the repository (no Analyzers.sln above " + AppContext.BaseDirectory + ")");
    }
}
