using System.Text.RegularExpressions;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests;

/// <summary>
/// The analyzer's layers, kept so: only <c>Roslyn/</c> may use the compiler's API; the list model, the matcher,
/// exemptions and the rest are plain C# that is tested without a compilation and reused by the tool.
/// </summary>
public sealed class ArchitectureTests
{
    private const string AnalyzerFolder = "src/SupplierRestrictions.Analyzers";

    [Fact]
    public void Only_the_Roslyn_folder_uses_Microsoft_CodeAnalysis()
    {
        var (roslyn, others) = AnalyzerSources();
        Assert.Contains(roslyn, f => f.EndsWith("SupplierRestrictionsAnalyzer.cs", StringComparison.Ordinal));
        Assert.Contains(others, f => f.EndsWith("ListFileReader.cs", StringComparison.Ordinal));

        var offenders = others.Where(f => UsesRoslyn(File.ReadAllText(Path.Combine(RepoFiles.Root, f)))).ToArray();
        Assert.True(offenders.Length == 0, "outside Roslyn/, these files use Microsoft.CodeAnalysis: " + string.Join(", ", offenders));
    }

    [Fact]
    public void No_source_file_is_left_in_the_analyzer_root()
    {
        string[] loose = Directory.GetFiles(Path.Combine(RepoFiles.Root, AnalyzerFolder), "*.cs");
        Assert.Empty(loose);
    }

    [Theory]
    [InlineData("using Microsoft.CodeAnalysis;", true)]
    [InlineData("using static Microsoft.CodeAnalysis.Location;", true)]
    [InlineData("var x = global::Microsoft.CodeAnalysis.Location.None;", true)]
    [InlineData("using Loc = Microsoft.CodeAnalysis.Location;", true)]
    [InlineData("using System.Collections.Generic;", false)]
    public void The_check_recognises_a_use_of_Roslyn(string source, bool uses) =>
        Assert.Equal(uses, UsesRoslyn(source));

    /// <summary>Any mention counts, comments included: a cref to a Roslyn type is a dependency as well.</summary>
    private static bool UsesRoslyn(string source) => Regex.IsMatch(source, @"\bMicrosoft\s*\.\s*CodeAnalysis\b");

    /// <summary>Repository-relative paths of the analyzer's own C# files, split by whether they lie under Roslyn/.</summary>
    private static (string[] Roslyn, string[] Others) AnalyzerSources()
    {
        string root = Path.Combine(RepoFiles.Root, AnalyzerFolder);
        var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoFiles.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(AnalyzerFolder + "/obj/", StringComparison.Ordinal) && !f.StartsWith(AnalyzerFolder + "/bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var roslyn = files.Where(f => f.StartsWith(AnalyzerFolder + "/Roslyn/", StringComparison.Ordinal)).ToArray();
        return (roslyn, files.Except(roslyn).ToArray());
    }
}
