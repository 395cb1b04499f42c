using System.Globalization;
using System.Text;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// The precision run as tables: per corpus part, per cause, and per matched name (its core words, cause, hits,
/// distinct items hit and a few examples). <paramref name="namesPerCause"/> limits the per-name table; null for all.
/// </summary>
internal static class PrecisionReport
{
    public static string Format(PrecisionRun run, IReadOnlyList<RestrictionEntry> entries, int? namesPerCause, int examples = 3)
    {
        var text = new StringBuilder();
        text.AppendLine(Row("corpus part", "items", "hits", "items hit"));
        foreach (var part in run.Parts)
        {
            text.AppendLine(Row(part.Part.Name, N(part.Part.Items.Count), N(part.Hits), N(part.ItemsHit)));
        }

        text.AppendLine(Row("total", N(run.Parts.Sum(p => p.Part.Items.Count)), N(run.TotalHits), N(run.Parts.Sum(p => p.ItemsHit))));
        text.AppendLine();

        var causes = run.Hits.GroupBy(h => h.Cause).OrderByDescending(g => g.Count()).ToArray();
        text.AppendLine(Row("cause", "names", "hits", "items hit"));
        foreach (var cause in causes)
        {
            text.AppendLine(Row(cause.Key, N(cause.Select(h => h.MatchedName).Distinct().Count()), N(cause.Count()), N(DistinctItems(cause))));
        }

        foreach (var cause in causes)
        {
            var names = cause.GroupBy(h => h.MatchedName).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
            text.AppendLine();
            string top = namesPerCause is { } limit && names.Length > limit ? $" (top {limit})" : string.Empty;
            text.AppendLine($"== {cause.Key}: {N(names.Length)} names, {N(cause.Count())} hits{top}");
            text.AppendLine("  hits  items  name [entry] -> core words | examples");
            foreach (var name in names.Take(namesPerCause ?? int.MaxValue))
            {
                var anatomy = NameAnatomy.Of(name.Key);
                string entry = entries[name.First().Entry].Id;
                var samples = name.Select(h => h.Part.AreIdentifiers ? h.Item : Excerpt(h.Item, anatomy)).Distinct().Take(examples);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name.Count(),6} {DistinctItems(name),6}  \"{name.Key}\" [{entry}] -> {string.Join(' ', anatomy.Core)} | {string.Join(" · ", samples)}"));
            }
        }

        return text.ToString();
    }

    private static int DistinctItems(IEnumerable<PrecisionHit> hits) => hits.Select(h => (h.Part.Name, h.Item)).Distinct().Count();

    private static string Row(string label, string a, string b, string c) => $"{label,-48} {a,10} {b,10} {c,10}";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Excerpt(string text, NameAnatomy name)
    {
        int at = name.Core.Count == 0 ? -1 : text.IndexOf(name.Core[0], StringComparison.OrdinalIgnoreCase);
        at = at < 0 ? 0 : Math.Max(0, at - 30);
        string excerpt = text.Substring(at, Math.Min(80, text.Length - at)).ReplaceLineEndings(" ");
        return $"\"{(at > 0 ? "…" : string.Empty)}{excerpt}{(at + 80 < text.Length ? "…" : string.Empty)}\"";
    }
}
