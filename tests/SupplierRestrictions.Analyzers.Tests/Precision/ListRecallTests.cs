using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// The recall side of the SDN precision harness: weighing names for precision must not lose a real reference.
/// Every name and alias of the seed list and of the imported SDN list that must match (see <see cref="ListRecall"/>)
/// is found as the name written as a literal and as the whole name as a PascalCase identifier.
/// </summary>
public sealed class ListRecallTests
{
    private readonly ITestOutputHelper _output;

    public ListRecallTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_name_of_the_seed_list_is_found_in_its_strongest_spelling()
    {
        var list = ParsedListFile.Parse(RepoFiles.RootList);
        Assert.Empty(list.Diagnostics);
        AssertFound(ListRecall.Run(list.Entries), minimumNames: 60);
    }

    [Fact]
    public void Every_name_of_the_imported_SDN_list_is_found_in_its_strongest_spelling() =>
        AssertFound(ListRecall.Run(ScreeningLists.Sdn.Entries), minimumNames: 8_000);

    private void AssertFound(ListRecall recall, int minimumNames)
    {
        _output.WriteLine(recall.Summary(examplesPerGroup: 25));
        Assert.True(recall.Names >= minimumNames, $"expected at least {minimumNames} names, read {recall.Names}");
        Assert.True(recall.Misses.Count == 0, $"{recall.Misses.Count} spellings missed:\n" + string.Join("\n", recall.Misses.Take(40)));
    }
}
