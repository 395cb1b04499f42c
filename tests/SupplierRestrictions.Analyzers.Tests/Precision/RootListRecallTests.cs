using System.Text.RegularExpressions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// The recall side: every name and alias of the root list, written as code (PascalCase, camelCase, snake_case,
/// UPPER_SNAKE) and as text, with its legal form and, where the weighing allows it (docs/contract.md §6.3), without.
/// </summary>
public sealed partial class RootListRecallTests
{
    private static readonly ParsedListFile Root = ParsedListFile.Parse(RepoFiles.RootList);
    private static readonly ReferenceMatcher Matcher = ReferenceMatcher.Build(Root.Entries);

    private static readonly string[] LegalForms =
    {
        "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "LLC", "Ltd", "Limited", "LP", "Limited Partnership",
    };

    public static TheoryData<string, string> Names()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in Root.Entries)
        {
            foreach (string name in new[] { entry.Name }.Concat(entry.Aliases))
            {
                data.Add(entry.Id, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_spelling_of_every_name_matches_its_entry(string id, string name)
    {
        int index = Root.Entries.ToList().FindIndex(e => e.Id == id);
        string[] words = Words().Matches(name).Select(m => m.Value).ToArray();
        string[] withoutForm = WithoutLegalForm(words);
        var weight = NameWeighing.Weigh(name, Root.Entries[index].Match);

        var identifiers = new List<string>();
        var texts = new List<string> { name };
        foreach (string[] w in new[] { words, withoutForm })
        {
            // docs/contract.md §6.3: one common word needs its legal form ("Cubic Corporation" is not Cubic), an
            // acronym without it must be in capitals ("TCOM" is TCOM or TCOM_CLIENT, not tcom).
            bool bare = w.Length < words.Length;
            if (bare && weight.Kind == NameWeightKind.OneCommonWord)
            {
                continue;
            }

            bool capitalsOnly = bare && weight.Kind == NameWeightKind.Acronym;
            identifiers.Add(string.Concat(w.Select(Capitalize)));
            identifiers.Add(string.Join("_", w.Select(x => x.ToUpperInvariant())));
            if (!capitalsOnly)
            {
                identifiers.Add(w[0].ToLowerInvariant() + string.Concat(w.Skip(1).Select(Capitalize)));
                identifiers.Add(string.Join("_", w.Select(x => x.ToLowerInvariant())));
            }

            if (bare)
            {
                texts.Add(string.Join(" ", w));
            }
        }

        foreach (string identifier in identifiers)
        {
            var matches = default(MatchSet);
            Matcher.MatchIdentifier(identifier, ref matches);
            Assert.True(Contains(matches, index), $"identifier {identifier} should match {id} ({name})");
        }

        foreach (string text in texts)
        {
            var matches = default(MatchSet);
            Matcher.MatchText(text, ref matches);
            Assert.True(Contains(matches, index), $"text \"{text}\" should match {id} ({name})");
        }
    }

    private static string[] WithoutLegalForm(string[] words)
    {
        int count = words.Length;
        bool dropped = true;
        while (dropped && count > 1)
        {
            dropped = false;
            foreach (string form in LegalForms.OrderByDescending(f => f.Length))
            {
                string[] formWords = form.Split(' ');
                if (formWords.Length < count && words.Skip(count - formWords.Length).Take(formWords.Length)
                        .SequenceEqual(formWords, StringComparer.OrdinalIgnoreCase))
                {
                    count -= formWords.Length;
                    dropped = true;
                    break;
                }
            }
        }

        return words.Take(count).ToArray();
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

    private static bool Contains(MatchSet matches, int index) => Enumerable.Range(0, matches.Count).Any(i => matches[i] == index);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
