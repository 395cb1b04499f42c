using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>One name or alias that its strongest spelling did not find.</summary>
internal sealed record RecallMiss(RestrictionEntry Entry, NameAnatomy Name, string Spelling, string Kind)
{
    public const string Literal = "literal";
    public const string Identifier = "identifier";
    public const string IdentifierWithoutForm = "identifier without the legal form";

    public bool AsIdentifier => Kind != Literal;

    /// <summary>Where the name's legal form sits, the likely reason a matcher misses it.</summary>
    public string Group => Name.LeadingForm.Length > 0 ? $"leading legal form \"{Name.LeadingForm}\""
        : Name.TrailingForm.Length > 0 ? "trailing legal form"
        : "no legal form";

    public override string ToString() =>
        $"{Kind} {(AsIdentifier ? Spelling : "\"" + Spelling + "\"")} misses {Entry.Id} \"{Name.Name}\"";
}

/// <summary>
/// Recall at list scale: every name and alias of a list, in its strongest spelling (the name as written, as a
/// literal; the whole name with its legal form, as a PascalCase identifier), must match its entry, and a name of
/// three or more core words also without its legal form (<c>SevertransTradingHouseClient</c>). The spellings are
/// the harness's own (<see cref="NameAnatomy"/>); the only names left out are those the matcher's weighing says
/// never match by name (<see cref="NameWeight.MatchesByName"/>: one common word without a legal form, "THE BASE",
/// "JIT"), and they are counted.
/// </summary>
internal sealed class ListRecall
{
    private ListRecall(int names, IReadOnlyList<NameAnatomy> excluded, IReadOnlyList<NameAnatomy> literalOnly, IReadOnlyList<RecallMiss> misses)
    {
        Names = names;
        Excluded = excluded;
        LiteralOnly = literalOnly;
        Misses = misses;
    }

    public int Names { get; }

    public IReadOnlyList<NameAnatomy> Excluded { get; }

    /// <summary>Names with initials: checked as a literal only (see <see cref="NameAnatomy.HasInitials"/>).</summary>
    public IReadOnlyList<NameAnatomy> LiteralOnly { get; }

    public IReadOnlyList<RecallMiss> Misses { get; }

    public static ListRecall Run(IReadOnlyList<RestrictionEntry> entries)
    {
        var matcher = ReferenceMatcher.Build(entries);
        var excluded = new List<NameAnatomy>();
        var literalOnly = new List<NameAnatomy>();
        var misses = new List<RecallMiss>();
        int names = 0;
        for (int index = 0; index < entries.Count; index++)
        {
            foreach (string written in new[] { entries[index].Name }.Concat(entries[index].Aliases))
            {
                names++;
                var name = NameAnatomy.Of(written);
                if (!NameWeighing.Weigh(written, entries[index].Match).MatchesByName)
                {
                    excluded.Add(name);
                    continue;
                }

                var matches = default(MatchSet);
                matcher.MatchText(written, ref matches);
                if (!Contains(matches, index))
                {
                    misses.Add(new RecallMiss(entries[index], name, written, RecallMiss.Literal));
                }

                if (name.HasInitials)
                {
                    literalOnly.Add(name);
                    continue;
                }

                matches = default;
                matcher.MatchIdentifier(name.Identifier, ref matches);
                if (!Contains(matches, index))
                {
                    misses.Add(new RecallMiss(entries[index], name, name.Identifier, RecallMiss.Identifier));
                }

                // Three words or more match by words, so code that drops the legal form still names the entity.
                if (name.HasLegalForm && name.Core.Count >= 3)
                {
                    string withoutForm = name.CoreIdentifier + "Client";
                    matches = default;
                    matcher.MatchIdentifier(withoutForm, ref matches);
                    if (!Contains(matches, index))
                    {
                        misses.Add(new RecallMiss(entries[index], name, withoutForm, RecallMiss.IdentifierWithoutForm));
                    }
                }
            }
        }

        return new ListRecall(names, excluded, literalOnly, misses);
    }

    public string Summary(int examplesPerGroup)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"{Names} names and aliases; {Names - Excluded.Count} must match, {Misses.Count} spellings missed "
            + $"({Misses.Select(m => (m.Entry.Id, m.Name.Name)).Distinct().Count()} names; "
            + string.Join(", ", Misses.GroupBy(m => m.Kind).Select(g => $"{g.Key}: {g.Count()}")) + ")");
        text.AppendLine($"excluded, weighed as never matching by name (one common word, no legal form): {Excluded.Count}, "
            + $"of which short all-caps: {Excluded.Count(n => n.Shape == NameShape.ShortCapitals)}; e.g. "
            + string.Join(", ", Excluded.Take(12).Select(n => $"\"{n.Name}\"")));
        text.AppendLine($"checked as a literal only, initials outside the legal form: {LiteralOnly.Count}; e.g. "
            + string.Join(", ", LiteralOnly.Take(8).Select(n => $"\"{n.Name}\"")));
        foreach (var group in Misses.GroupBy(m => $"{m.Kind}, {(m.Group.StartsWith("leading", StringComparison.Ordinal) ? "leading legal form" : m.Group)}").OrderByDescending(g => g.Count()))
        {
            text.AppendLine($"-- missed, {group.Key}: {group.Count()} spellings");
            foreach (var miss in group.OrderBy(m => m.AsIdentifier).Take(examplesPerGroup))
            {
                text.AppendLine($"   {miss}");
            }
        }

        return text.ToString();
    }

    private static bool Contains(MatchSet matches, int index)
    {
        for (int i = 0; i < matches.Count; i++)
        {
            if (matches[i] == index)
            {
                return true;
            }
        }

        return false;
    }
}
