using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// Whether a generated identifier or literal would match an entry of any list the run uses (the analyzer's own
/// matcher decides), so that generated code refers to no listed name except through the plants, whatever the
/// matching rules are.
/// </summary>
internal sealed class ListFilter
{
    private readonly IReadOnlyList<ReferenceMatcher> _matchers;

    public ListFilter(IEnumerable<string> listTexts)
    {
        _matchers = listTexts
            .Select(text => ReferenceMatcher.Build(RestrictionList.Merge(new[] { new ListSource("/bench/restricted-list.json", ParsedListFile.Parse(text)) }).Entries))
            .ToList();
    }

    public bool MatchesIdentifier(string identifier)
    {
        foreach (var matcher in _matchers)
        {
            var matches = default(MatchSet);
            matcher.MatchIdentifier(identifier, ref matches);
            if (matches.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool MatchesText(string text)
    {
        foreach (var matcher in _matchers)
        {
            var matches = default(MatchSet);
            matcher.MatchText(text, ref matches);
            if (matches.Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
