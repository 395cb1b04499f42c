using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// How often a code base's identifiers share a word with a list's names: the first thing a matcher sees of an
/// identifier, and what decides how far it walks into its index. Real code and generated code should agree.
/// </summary>
internal static class WordSharing
{
    public static IReadOnlyList<(string List, double Percent)> Of(Codebase codebase, IReadOnlyDictionary<string, string> listTexts)
    {
        var (identifiers, _) = codebase.TokenTexts(measuredOnly: true);
        var rows = new List<(string, double)>();
        foreach (string list in new[] { "10k", "sdn" }.Where(listTexts.ContainsKey))
        {
            var words = NameWords(listTexts[list]);
            int sharing = identifiers.Count(id => IdentifierWords.Split(id).Any(words.Contains));
            rows.Add((list, identifiers.Length == 0 ? 0 : sharing * 100.0 / identifiers.Length));
        }

        return rows;
    }

    private static HashSet<string> NameWords(string listJson)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(listJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        foreach (var entry in document.RootElement.GetProperty("entries").EnumerateArray())
        {
            var names = new List<string?> { entry.GetProperty("name").GetString() };
            if (entry.TryGetProperty("aliases", out var aliases))
            {
                names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()));
            }

            foreach (string? name in names)
            {
                foreach (string word in (name ?? string.Empty).Split(new[] { ' ', ',', '.', '&', '-', '(', ')', '/', '\'', '"' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.Length >= 3)
                    {
                        words.Add(word.ToLowerInvariant());
                    }
                }
            }
        }

        return words;
    }
}
