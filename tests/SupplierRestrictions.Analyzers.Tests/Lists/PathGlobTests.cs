using SupplierRestrictions.Analyzers.Lists;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Lists;

/// <summary>
/// The <c>paths</c> globs of an exemption (docs/contract.md §7): relative to the list file's folder, <c>*</c> and
/// <c>?</c> within one folder name, <c>**</c> across folders, <c>/</c> and <c>\</c> alike, case-insensitive.
/// </summary>
public sealed class PathGlobTests
{
    private const string Base = "/repo/service";

    [Theory]
    [InlineData("/repo/service/src/Legacy/Gateway.cs")]
    [InlineData("/repo/service/src/Legacy/Old/Deep/Gateway.cs")]
    [InlineData("/repo/service/src/a/b/c/Legacy/Gateway.cs")]
    public void Double_star_spans_any_number_of_folders(string file)
    {
        Assert.True(PathGlob.Create(Base, "src/**/Legacy/**/*.cs").IsMatch(file));
    }

    [Theory]
    [InlineData("src/**/*.cs", "/repo/service/src/Gateway.cs", true)]
    [InlineData("**/*.cs", "/repo/service/Gateway.cs", true)]
    [InlineData("src/**", "/repo/service/src/a/b/Gateway.cs", true)]
    [InlineData("src/**", "/repo/service/src/Gateway.cs", true)]
    [InlineData("src/**", "/repo/service/srcx/Gateway.cs", false)]
    [InlineData("src/**/*.cs", "/repo/service/other/Gateway.cs", false)]
    public void Double_star_also_matches_no_folder(string glob, string file, bool expected)
    {
        Assert.Equal(expected, PathGlob.Create(Base, glob).IsMatch(file));
    }

    [Theory]
    [InlineData("src/*/Gateway.cs", "/repo/service/src/Legacy/Gateway.cs", true)]
    [InlineData("src/*/Gateway.cs", "/repo/service/src/Legacy/Old/Gateway.cs", false)]
    [InlineData("src/*.cs", "/repo/service/src/Legacy/Gateway.cs", false)]
    [InlineData("src/Leg*/*Gate*.cs", "/repo/service/src/Legacy/KratosGateway.cs", true)]
    [InlineData("src/*acy/*.cs", "/repo/service/src/Legacy/Gateway.cs", true)]
    [InlineData("src/*acy/*.cs", "/repo/service/src/Legacy2/Gateway.cs", false)]
    [InlineData("*.cs", "/repo/service/Gateway.cs", true)]
    [InlineData("*.cs", "/repo/service/Gateway.csx", false)]
    public void Star_stays_within_one_folder_name(string glob, string file, bool expected)
    {
        Assert.Equal(expected, PathGlob.Create(Base, glob).IsMatch(file));
    }

    [Theory]
    [InlineData("/repo/service/src/Gateway1.cs", true)]
    [InlineData("/repo/service/src/GatewayX.cs", true)]
    [InlineData("/repo/service/src/Gateway.cs", false)]
    [InlineData("/repo/service/src/Gateway12.cs", false)]
    [InlineData("/repo/service/src/Gateway/.cs", false)]
    public void Question_mark_is_exactly_one_character_of_a_name(string file, bool expected)
    {
        Assert.Equal(expected, PathGlob.Create(Base, "src/Gateway?.cs").IsMatch(file));
    }

    [Theory]
    [InlineData("/repo/service", "src/Legacy/**/*.cs", "/repo/service/src/Legacy/A/Gateway.cs")]
    [InlineData("/repo/service", "src\\Legacy\\**\\*.cs", "/repo/service/src/Legacy/A/Gateway.cs")]
    [InlineData("C:\\repo\\service", "src/Legacy/**/*.cs", "C:\\repo\\service\\src\\Legacy\\A\\Gateway.cs")]
    [InlineData("C:\\repo\\service", "src\\Legacy/**\\*.cs", "C:/repo/service\\src/Legacy\\A/Gateway.cs")]
    [InlineData("C:/repo/service/", "./src//Legacy/**/*.cs", "C:\\repo\\service\\src\\Legacy\\Gateway.cs")]
    public void Slash_and_backslash_are_alike(string baseDirectory, string glob, string file)
    {
        Assert.True(PathGlob.Create(baseDirectory, glob).IsMatch(file));
    }

    [Theory]
    [InlineData("/repo/service/src/Legacy/Gateway.cs", true)]
    [InlineData("/repo/src/Legacy/Gateway.cs", false)]
    [InlineData("/repo/other/src/Legacy/Gateway.cs", false)]
    [InlineData("/elsewhere/repo/service/src/Legacy/Gateway.cs", false)]
    [InlineData("src/Legacy/Gateway.cs", false)]
    public void Relative_to_the_folder_of_the_list_file(string file, bool expected)
    {
        Assert.Equal(expected, PathGlob.Create(Base, "src/Legacy/*.cs").IsMatch(file));
    }

    [Fact]
    public void Parent_folder_reaches_beside_the_list_file()
    {
        var glob = PathGlob.Create(Base, "../shared/*.cs");

        Assert.True(glob.IsMatch("/repo/shared/Gateway.cs"));
        Assert.False(glob.IsMatch("/repo/service/shared/Gateway.cs"));
    }

    [Theory]
    [InlineData("SRC/legacy/*.CS", "/repo/service/src/Legacy/Gateway.cs")]
    [InlineData("src/Legacy/gateway.cs", "/Repo/Service/SRC/LEGACY/GATEWAY.CS")]
    [InlineData("src/lég*/*.cs", "/repo/service/src/LÉGACY/Gateway.cs")]
    public void Case_is_ignored(string glob, string file)
    {
        Assert.True(PathGlob.Create(Base, glob).IsMatch(file));
    }

    [Theory]
    [InlineData("src/Legacy/**/*.cs")]
    [InlineData("**")]
    [InlineData("*.cs")]
    [InlineData("src/Gateway?.cs")]
    [InlineData("../shared/*.cs")]
    [InlineData("src\\Legacy\\*.cs")]
    public void Validate_accepts_relative_globs(string glob)
    {
        Assert.Null(PathGlob.Validate(glob));
    }

    [Theory]
    [InlineData("src/[ab]/*.cs")]
    [InlineData("src/a]/*.cs")]
    [InlineData("src/{Legacy,Old}/*.cs")]
    [InlineData("src/}/*.cs")]
    [InlineData("/repo/src/*.cs")]
    [InlineData("\\repo\\src\\*.cs")]
    [InlineData("\\\\server\\share\\*.cs")]
    [InlineData("C:\\repo\\*.cs")]
    [InlineData("c:/repo/*.cs")]
    [InlineData("a**b")]
    [InlineData("src/Leg**/*.cs")]
    [InlineData("src/**.cs")]
    [InlineData("***/*.cs")]
    public void Validate_rejects_brackets_braces_absolute_paths_and_partial_double_star(string glob)
    {
        Assert.NotNull(PathGlob.Validate(glob));
    }

    [Theory]
    [InlineData("/repo/service/restricted-list.json", "/repo/service")]
    [InlineData("C:\\repo\\service\\restricted-list.json", "C:\\repo\\service")]
    [InlineData("restricted-list.json", "")]
    public void Directory_of_a_list_file_with_either_separator(string path, string expected)
    {
        Assert.Equal(expected, PathGlob.DirectoryOf(path));
    }
}
