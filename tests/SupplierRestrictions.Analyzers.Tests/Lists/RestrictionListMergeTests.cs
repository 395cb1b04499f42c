using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Lists;

/// <summary>
/// Several list files merge in ordinal path order, whatever order MSBuild passes them (docs/contract.md §1); a repeated
/// id is SR0003 at the later duplicate with the first one as additional location (docs/contract.md §4).
/// </summary>
public sealed class RestrictionListMergeTests
{
    // Ordinal order puts "B" before "a"; a culture-aware or case-insensitive sort would not.
    private const string CentralPath = "/repo/B.restricted-list.json";
    private const string TeamPath = "/repo/a.restricted-list.json";

    private static readonly string CentralText = TestLists.With(
        TestLists.Vendor("V-1", "Kratos UAS"),
        TestLists.Vendor("V-2", "Insitu"),
        TestLists.Material("M-1", "Yttrium"));

    private static readonly string TeamText = TestLists.With(
        TestLists.Vendor("V-3", "Cubic Corporation"),
        TestLists.Vendor("V-2", "Insitu, Inc."),
        TestLists.Material("M-1", "Dysprosium"));

    private static readonly ListSource Central = Source(CentralPath, CentralText);

    private static readonly ListSource Team = Source(TeamPath, TeamText);

    [Fact]
    public void Either_order_gives_the_same_entries_from_the_same_files()
    {
        var forward = RestrictionList.Merge([Central, Team]);
        var backward = RestrictionList.Merge([Team, Central]);

        Assert.Equal(Describe(forward), Describe(backward));
        Assert.Equal(
            ["V-1 Kratos UAS from " + CentralPath, "V-2 Insitu from " + CentralPath, "M-1 Yttrium from " + CentralPath, "V-3 Cubic Corporation from " + TeamPath],
            Describe(forward));
    }

    [Fact]
    public void Either_order_gives_the_same_duplicates()
    {
        var forward = RestrictionList.Merge([Central, Team]);
        var backward = RestrictionList.Merge([Team, Central]);

        Assert.Equal(DescribeDuplicates(forward), DescribeDuplicates(backward));
    }

    [Fact]
    public void Files_are_in_ordinal_path_order()
    {
        var merged = RestrictionList.Merge([Team, Central]);

        Assert.Equal([CentralPath, TeamPath], merged.Files.Select(f => f.Path));
    }

    [Fact]
    public void SR0003_duplicate_is_the_later_file_in_ordinal_path_order_with_the_first_as_reference()
    {
        var merged = RestrictionList.Merge([Team, Central]);

        Assert.Equal(
            [
                $"Insitu, Inc. in {TeamPath} duplicates Insitu in {CentralPath}",
                $"Dysprosium in {TeamPath} duplicates Yttrium in {CentralPath}",
            ],
            DescribeDuplicates(merged));
    }

    [Fact]
    public void SR0003_duplicate_points_at_the_id_of_each_entry()
    {
        var merged = RestrictionList.Merge([Team, Central]);
        var duplicate = merged.Duplicates[0];

        Assert.Equal(Where(TeamText, "\"V-2\""), Where(TeamText, duplicate.Duplicate.IdRange));
        Assert.Equal(Where(CentralText, "\"V-2\""), Where(CentralText, duplicate.First.IdRange));
    }

    [Fact]
    public void Duplicate_within_one_file_is_SR0003_too()
    {
        var single = Source("/repo/restricted-list.json", TestLists.With(TestLists.Vendor("V-1", "Kratos UAS"), TestLists.Vendor("V-1", "Insitu")));

        var merged = RestrictionList.Merge([single]);

        Assert.Equal(["V-1 Kratos UAS from /repo/restricted-list.json"], Describe(merged));
        Assert.Equal(["Insitu in /repo/restricted-list.json duplicates Kratos UAS in /repo/restricted-list.json"], DescribeDuplicates(merged));
    }

    [Fact]
    public void Ids_are_case_sensitive()
    {
        var upper = Source("/repo/a.restricted-list.json", TestLists.With(TestLists.Vendor("V-1", "Kratos UAS")));
        var lower = Source("/repo/b.restricted-list.json", TestLists.With(TestLists.Vendor("v-1", "Insitu")));

        var merged = RestrictionList.Merge([lower, upper]);

        Assert.Equal(["V-1", "v-1"], merged.Entries.Select(e => e.Id));
        Assert.Empty(merged.Duplicates);
    }

    [Fact]
    public void A_file_with_errors_does_not_remove_the_entries_of_other_files()
    {
        var broken = new ListSource("/repo/a.restricted-list.json", ParsedListFile.Parse("{ \"schemaVersion\": 1, \"entries\": [ "));
        var good = Source("/repo/b.restricted-list.json", TestLists.With(TestLists.Vendor("V-1", "Kratos UAS")));

        var merged = RestrictionList.Merge([good, broken]);

        Assert.True(broken.Parsed.IsUnreadable);
        Assert.Equal(["V-1"], merged.Entries.Select(e => e.Id));
    }

    private static ListSource Source(string path, string text)
    {
        var parsed = ParsedListFile.Parse(text);
        Assert.Empty(parsed.Diagnostics);
        return new ListSource(path, parsed);
    }

    private static string[] Describe(RestrictionList list) =>
        list.Entries.Select((e, i) => $"{e.Id} {e.Name} from {list.Files[list.EntryFiles[i]].Path}").ToArray();

    private static string[] DescribeDuplicates(RestrictionList list) =>
        list.Duplicates
            .Select(d => $"{d.Duplicate.Name} in {list.Files[d.FileIndex].Path} duplicates {d.First.Name} in {list.Files[d.FirstFileIndex].Path}")
            .ToArray();

    /// <summary>The text a range covers and its 0-based line.</summary>
    private static (int Line, string Text) Where(string text, TextRange range) =>
        (range.StartLine, text.Substring(range.Start, range.Length));

    /// <summary>The last occurrence of <paramref name="value"/> (the later entry) and its 0-based line, counted here.</summary>
    private static (int Line, string Text) Where(string text, string value)
    {
        int index = text.LastIndexOf(value, StringComparison.Ordinal);
        return (text.Take(index).Count(c => c == '\n'), value);
    }
}
