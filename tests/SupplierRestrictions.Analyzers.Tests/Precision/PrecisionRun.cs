using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>A named body of identifiers (each matched as an identifier) or texts (each matched as a literal).</summary>
internal sealed record CorpusPart(string Name, IReadOnlyList<string> Items, bool AreIdentifiers);

/// <summary>What one part gave: items checked, matches (one per entry per item, as the analyzer reports them), items hit.</summary>
internal sealed record PartResult(CorpusPart Part, int Hits, int ItemsHit);

/// <summary>One match of one entry in one item, with the name or alias that made it and why that name is weak.</summary>
internal sealed record PrecisionHit(CorpusPart Part, string Item, int Entry, string MatchedName, string Cause);

/// <summary>
/// Runs a list's matcher over corpus parts that refer to none of its entries: every match is a false positive,
/// the equivalent of one SR1001/SR1002 at that token.
/// </summary>
internal sealed class PrecisionRun
{
    /// <summary>A match whose item does not hold the matched name's core words (what is left is legal form or small words).</summary>
    public const string ResidueCause = "residue: the hit is not the name's core";

    private PrecisionRun(IReadOnlyList<PartResult> parts, IReadOnlyList<PrecisionHit> hits)
    {
        Parts = parts;
        Hits = hits;
    }

    public IReadOnlyList<PartResult> Parts { get; }

    public IReadOnlyList<PrecisionHit> Hits { get; }

    public int TotalHits => Parts.Sum(p => p.Hits);

    public static PrecisionRun Run(IReadOnlyList<RestrictionEntry> entries, ReferenceMatcher matcher, IEnumerable<CorpusPart> parts)
    {
        var attribution = new Lazy<NameAttribution>(() => new NameAttribution(entries));
        var anatomy = new Dictionary<string, NameAnatomy>(StringComparer.Ordinal);
        var results = new List<PartResult>();
        var hits = new List<PrecisionHit>();
        foreach (var part in parts)
        {
            int partHits = 0;
            int itemsHit = 0;
            foreach (string item in part.Items)
            {
                var matches = default(MatchSet);
                if (part.AreIdentifiers)
                {
                    matcher.MatchIdentifier(item, ref matches);
                }
                else
                {
                    matcher.MatchText(item, ref matches);
                }

                if (matches.Count == 0)
                {
                    continue;
                }

                itemsHit++;
                partHits += matches.Count;
                for (int i = 0; i < matches.Count; i++)
                {
                    var names = attribution.Value.NamesOf(matches[i], item, part.AreIdentifiers);
                    if (names.Count == 0)
                    {
                        hits.Add(new PrecisionHit(part, item, matches[i], entries[matches[i]].Name, "entry: no single name matches"));
                        continue;
                    }

                    // One analyzer diagnostic per entry: blame the first name that matched.
                    string name = names[0];
                    if (!anatomy.TryGetValue(name, out var shape))
                    {
                        anatomy[name] = shape = NameAnatomy.Of(name);
                    }

                    hits.Add(new PrecisionHit(part, item, matches[i], name, CauseOf(shape, item)));
                }
            }

            results.Add(new PartResult(part, partHits, itemsHit));
        }

        return new PrecisionRun(results, hits);
    }

    public static string Describe(NameShape shape) => shape switch
    {
        NameShape.ShortCapitals => "short all-caps name (<= 4, no legal form)",
        NameShape.OneWord => "one word, no legal form",
        NameShape.OneWordWithForm => "one word + legal form (form dropped)",
        NameShape.TwoWords => "two words, no legal form",
        NameShape.TwoWordsWithForm => "two words + legal form (form dropped)",
        _ => "three or more words",
    };

    private static string CauseOf(NameAnatomy name, string item) =>
        ContainsCore(name, item) ? Describe(name.Shape) : ResidueCause;

    private static bool ContainsCore(NameAnatomy name, string item)
    {
        string[] itemText = NameAnatomy.TextWords(item).Select(w => w.ToLowerInvariant()).ToArray();
        string[] itemCode = NameAnatomy.CodeWords(item).ToArray();
        string[] coreText = name.Between.ToArray();
        string[] coreCode = name.Between.SelectMany(NameAnatomy.CodeWords).ToArray();
        return Contains(itemText, coreText) || Contains(itemCode, coreText) || Contains(itemCode, coreCode);
    }

    private static bool Contains(string[] words, string[] run)
    {
        for (int at = 0; at + run.Length <= words.Length; at++)
        {
            if (words.AsSpan(at, run.Length).SequenceEqual(run))
            {
                return true;
            }
        }

        return false;
    }
}
