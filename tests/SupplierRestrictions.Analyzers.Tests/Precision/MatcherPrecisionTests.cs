using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// The real list must not cry wolf on ordinary code: run every public identifier of the .NET shared framework
/// and the text of its XML documentation through the matcher with the root restricted-list.json: zero matches.
/// </summary>
public sealed class MatcherPrecisionTests
{
    private readonly ITestOutputHelper _output;

    public MatcherPrecisionTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void No_framework_identifier_or_documentation_text_matches_the_root_list()
    {
        var list = ParsedListFile.Parse(RepoFiles.RootList);
        Assert.Empty(list.Diagnostics);
        var matcher = ReferenceMatcher.Build(list.Entries);

        var identifiers = FrameworkCorpus.Identifiers;
        var texts = FrameworkCorpus.DocTexts;
        var hits = new List<string>();
        foreach (string identifier in identifiers)
        {
            var matches = default(MatchSet);
            matcher.MatchIdentifier(identifier, ref matches);
            for (int i = 0; i < matches.Count; i++)
            {
                hits.Add($"identifier {identifier} -> {list.Entries[matches[i]].Name}");
            }
        }

        long words = 0;
        foreach (string text in texts)
        {
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var matches = default(MatchSet);
            matcher.MatchText(text, ref matches);
            for (int i = 0; i < matches.Count; i++)
            {
                hits.Add($"text \"{Excerpt(text, list.Entries[matches[i]].Name)}\" -> {list.Entries[matches[i]].Name}");
            }
        }

        _output.WriteLine($"checked {identifiers.Count:N0} distinct public identifiers and {texts.Count:N0} documentation texts ({words:N0} words) against {list.Entries.Count} entries");
        foreach (string hit in hits.Distinct().Take(200))
        {
            _output.WriteLine(hit);
        }

        Assert.True(identifiers.Count > 20_000, $"expected a large corpus, read {identifiers.Count} identifiers");
        Assert.True(texts.Count > 50_000, $"expected a large corpus, read {texts.Count} texts");
        Assert.Empty(hits.Distinct());
    }

    private static string Excerpt(string text, string name)
    {
        string firstWord = name.Split(' ')[0];
        int at = text.IndexOf(firstWord, StringComparison.OrdinalIgnoreCase);
        at = at < 0 ? 0 : Math.Max(0, at - 30);
        return text.Substring(at, Math.Min(90, text.Length - at));
    }
}
