using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Import;
using Xunit;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>
/// The OFAC SDN list (real data, CSL CSV layout) imported as a team would: what the name cleaning must leave behind.
/// One import is shared by the facts; each checks one property of the result.
/// </summary>
public sealed class SdnImportTests : IClassFixture<SdnImportTests.Import>
{
    private const string QuoteMarks = "\"'«»„“”‘’‚‹›";
    private readonly Import _import;

    public SdnImportTests(Import import) => _import = import;

    private IEnumerable<string> AllNames => _import.List.Entries.SelectMany(e => e.Aliases.Prepend(e.Name));

    [Fact]
    public void Every_entity_becomes_one_entry()
    {
        Assert.Equal(0, _import.Run.ExitCode);
        Assert.Empty(_import.List.Diagnostics);
        Assert.Equal(3673, _import.List.Entries.Count);
        Assert.Equal(_import.SourceEntities, _import.List.Entries.Count);
    }

    [Fact]
    public void Every_source_alias_is_kept_or_counted_as_a_duplicate()
    {
        var summary = Regex.Match(_import.Run.Out, @"Cleaned \d+ names: (\d+) values? with several names split at ';', (\d+) acronyms? in parentheses made an alias, (\d+) names? without quotes; dropped (\d+) alias(?:es)? with the same words");
        Assert.True(summary.Success, _import.Run.ToString());
        int acronyms = Count(summary, 2);
        int duplicates = Count(summary, 4);

        // No source name has two names in one value; the counts must say so rather than invent splits.
        Assert.Equal(0, Count(summary, 1));
        Assert.InRange(acronyms, 1, 100);
        Assert.InRange(Count(summary, 3), 1, 1000);
        Assert.InRange(duplicates, 1, 1000);
        Assert.Equal(_import.SourceAliases + acronyms, _import.List.Entries.Sum(e => e.Aliases.Count) + duplicates);
    }

    [Fact]
    public void No_name_holds_a_semicolon()
    {
        Assert.DoesNotContain(AllNames, name => name.Contains(';'));
    }

    [Fact]
    public void No_name_ends_with_the_initials_of_its_words_in_parentheses()
    {
        var withInitials = AllNames.Where(name =>
        {
            var match = Regex.Match(name, @"^(.+?)\s*\(([A-Z]{2,})\)$");
            if (!match.Success)
            {
                return false;
            }

            string initials = string.Concat(match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));
            return initials.StartsWith(match.Groups[2].Value, StringComparison.Ordinal);
        });

        Assert.Empty(withInitials);
    }

    [Fact]
    public void Acronyms_are_aliases_and_other_parentheses_stay()
    {
        Assert.Contains("TTP", Entry("TEHRIK-E TALIBAN PAKISTAN").Aliases);
        Assert.Contains("NICO", Entry("NAFTIRAN INTERTRADE CO. LIMITED").Aliases);
        Assert.Contains(AllNames, name => name == "PCC (UK)");
        Assert.Contains(AllNames, name => name == "RUNNING BROOK, LLC (USA)");
        Assert.Contains(AllNames, name => name == "ZIMBABWE DEFENCE INDUSTRIES (PVT) LTD.");
    }

    [Fact]
    public void No_name_is_quoted_at_either_end()
    {
        string q = Regex.Escape(QuoteMarks);
        var quoted = new Regex($@"^[{q}].*[{q}]$|^[{q}][^\s{q}]+[{q}](?=[\s,.]|$)|\s[{q}][\p{{L}}\p{{N}}][^{q}]*[{q}]$");

        Assert.DoesNotContain(AllNames, name => quoted.IsMatch(name));
        Assert.Contains("OOO DSK", AllNames);
        Assert.Contains("PRIVATE MILITARY COMPANY WAGNER", AllNames);
    }

    [Fact]
    public void Apostrophes_stay()
    {
        Assert.Contains("'NDRANGHETA ORGANIZATION", AllNames);
        Assert.Contains("KURDISTAN WORKERS' PARTY", AllNames);
        Assert.Contains("D'AGOSTINO & COMPANY, LTD", AllNames);
    }

    [Fact]
    public void No_two_names_of_an_entry_have_the_same_words()
    {
        var repeated = _import.List.Entries
            .Select(e => (e.Name, Words: e.Aliases.Prepend(e.Name).Select(Words).ToList()))
            .Where(e => e.Words.Distinct().Count() != e.Words.Count)
            .Select(e => e.Name);

        Assert.Empty(repeated);
        Assert.DoesNotContain("AL-RASHID TRUST", Entry("AL RASHID TRUST").Aliases);
        Assert.Contains("AL RASHEED TRUST", Entry("AL RASHID TRUST").Aliases);
    }

    private RestrictionEntry Entry(string name) => _import.List.Entries.Single(e => e.Name == name);

    private static int Count(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>Words as the matcher reads text (the SDN list is plain ASCII): runs of letters and digits, "&amp;" as "and".</summary>
    private static string Words(string name) =>
        string.Join(" ", Regex.Matches(name, @"[\p{L}\p{N}]+|&").Select(m => m.Value == "&" ? "and" : m.Value.ToLowerInvariant()));

    public sealed class Import : IDisposable
    {
        private readonly ToolRun _tool = new();

        public Import()
        {
            string source = RealLists.Path("ofac-sdn.csl.csv");
            Run = _tool.Run("import", "--from", "csl", source, "-o", "sdn.restricted-list.json");
            List = ParsedListFile.Parse(_tool.Read("sdn.restricted-list.json"));

            using var reader = new StreamReader(source);
            var rows = Csv.Records(reader).ToList();
            int type = rows[0].IndexOf("type"), altNames = rows[0].IndexOf("alt_names");
            var entities = rows.Skip(1).Where(row => row.Count > type && row[type] == "Entity").ToList();
            SourceEntities = entities.Count;
            SourceAliases = entities.Sum(row => row[altNames].Split(';').Count(alias => alias.Any(char.IsLetterOrDigit)));
        }

        public RunResult Run { get; }

        public ParsedListFile List { get; }

        public int SourceEntities { get; }

        public int SourceAliases { get; }

        public void Dispose() => _tool.Dispose();
    }
}
