using System.Text.Json;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// Which name or alias of an entry made a match. The matcher answers with entries only, so this builds a second
/// matcher over the same list with one entry per name (same kind and match mode) and asks it about the tokens the
/// real matcher flagged.
/// </summary>
internal sealed class NameAttribution
{
    private readonly ReferenceMatcher _matcher;
    private readonly (int Entry, string Name)[] _names;

    public NameAttribution(IReadOnlyList<RestrictionEntry> entries)
    {
        var names = new List<(int Entry, string Name)>();
        var json = new List<string>();
        for (int index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            foreach (string name in new[] { entry.Name }.Concat(entry.Aliases))
            {
                string kind = entry.Kind == EntryKind.Material ? "material" : "vendor";
                string match = entry.Match.ToString().ToLowerInvariant();
                json.Add($$"""{ "id": "n{{names.Count}}", "kind": "{{kind}}", "name": {{JsonSerializer.Serialize(name)}}, "match": "{{match}}" }""");
                names.Add((index, name));
            }
        }

        var list = ParsedListFile.Parse($$"""{ "schemaVersion": 1, "entries": [ {{string.Join(",\n", json)}} ] }""");
        if (list.Entries.Count != names.Count)
        {
            throw new InvalidOperationException($"the one-name-per-entry list read {list.Entries.Count} of {names.Count} names");
        }

        _matcher = ReferenceMatcher.Build(list.Entries);
        _names = names.ToArray();
    }

    /// <summary>The names of <paramref name="entry"/> that match the token, or none if only the whole entry does.</summary>
    public IReadOnlyList<string> NamesOf(int entry, string token, bool identifier)
    {
        var matches = default(MatchSet);
        if (identifier)
        {
            _matcher.MatchIdentifier(token, ref matches);
        }
        else
        {
            _matcher.MatchText(token, ref matches);
        }

        var result = new List<string>();
        for (int i = 0; i < matches.Count; i++)
        {
            if (_names[matches[i]].Entry == entry)
            {
                result.Add(_names[matches[i]].Name);
            }
        }

        return result;
    }
}
