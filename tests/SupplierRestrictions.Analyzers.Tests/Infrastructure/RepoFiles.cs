namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>Files of the repository copied beside the tests (see the csproj), so tests check the real ones.</summary>
internal static class RepoFiles
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Repo", relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static string RootList => Read("restricted-list.json");
}
