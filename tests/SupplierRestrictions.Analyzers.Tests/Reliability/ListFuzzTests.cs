using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>
/// A list file, however broken, never crashes the analyzer and never passes by mistake. Most cases run at the
/// Roslyn-free <see cref="ParsedListFile.Parse"/> level (cheap, so many), a few hundred through the whole analyzer.
/// </summary>
public sealed class ListFuzzTests
{
    private readonly ITestOutputHelper _output;

    public ListFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Parse_never_throws_and_never_silently_drops_an_entry()
    {
        Fuzz.Run(_output, "list texts through ParsedListFile.Parse", ListGenerators.AnyList, Fuzz.Cases(0.55), CheckParse, text => text);
    }

    [Fact]
    public async Task Analyzer_never_throws_and_fails_closed_on_any_list()
    {
        await Fuzz.RunAsync(_output, "list texts through the analyzer", AnalyzerListCases, Fuzz.Cases(0.12), CheckAnalyzerAsync, c => $"date={c.Date} warningDays={c.WarningDays} scanComments={c.ScanComments}\n{c.List}");
    }

    /// <summary>
    /// The list-level properties: Parse never throws, ranges lie inside the text, and when it reports no error
    /// (SR0001/SR0002) every element of "entries" became an entry. The oracle is System.Text.Json with comments and
    /// trailing commas allowed: a text it cannot read must get SR0001 from us, and an "entries" array it sees must not
    /// lose elements silently.
    /// </summary>
    internal static void CheckParse(string text)
    {
        var parsed = ParsedListFile.Parse(text);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            var range = diagnostic.Range;
            if (range.Start < 0 || range.Length < 0 || range.Start + range.Length > text.Length || range.StartLine > range.EndLine)
            {
                throw new XunitException($"diagnostic outside the text ({text.Length} chars): {diagnostic}");
            }
        }

        int errors = parsed.Diagnostics.Count(d => d.Id is DiagnosticIds.ListUnreadable or DiagnosticIds.EntryInvalid);
        int? oracle = JsonOracle.EntryElements(text);
        if (errors > 0)
        {
            return;
        }

        if (oracle is null)
        {
            throw new XunitException("Parse reported no error, but the text is not JSON (with comments and trailing commas): " + JsonOracle.Error(text));
        }

        if (parsed.Entries.Count != oracle.Value)
        {
            throw new XunitException($"silent pass: \"entries\" has {oracle} elements, Parse returned {parsed.Entries.Count} entries and no SR0001/SR0002");
        }
    }

    private static readonly CsCheck.Gen<ListCase> AnalyzerListCases = Fuzz.Create(
        pcg => new ListCase(
            ListGenerators.AnalyzerList.Generate(pcg, null, out _),
            pcg.Chance(90) ? pcg.Pick(ListGenerators.Dates) : null,
            pcg.Chance(30) ? pcg.Pick(new[] { "0", "30", "365", "2147483647", "-1", "x", "99999999999" }) : null,
            pcg.Chance(30) ? pcg.Pick(new[] { "true", "false", "yes" }) : null),
        c => c.List.Length);

    private static async Task CheckAnalyzerAsync(ListCase c)
    {
        var parsed = ParsedListFile.Parse(c.List);
        var sample = PlantedSource.For(parsed);
        var result = await AnalyzerHarness.RunAsync(sample.Source, c.List, AnalyzerHarness.Globals(c.Date, c.WarningDays, c.ScanComments));
        result.AssertHealthy();

        // Fail closed: every SR0001/SR0002 the list has reaches the compilation as an error.
        foreach (string id in new[] { DiagnosticIds.ListUnreadable, DiagnosticIds.EntryInvalid })
        {
            int expected = parsed.Diagnostics.Count(d => d.Id == id);
            int reported = result.WithId(id).Count(d => d.Severity == DiagnosticSeverity.Error);
            if (expected != reported)
            {
                throw new XunitException($"{expected} {id} in the list, {reported} reported as errors:\n{result}");
            }
        }

        // Never pass by mistake: each planted literal naming an entry in force on the date is reported for that entry.
        // Without a date property (empty counts as absent, values are trimmed) the analyzer evaluates on today's UTC
        // date; an invalid one is SR0005.
        string? dateText = string.IsNullOrWhiteSpace(c.Date) ? null : c.Date.Trim();
        var date = global::SupplierRestrictions.Analyzers.Lists.Day.FromDateTime(DateTime.UtcNow);
        if (dateText is not null && !global::SupplierRestrictions.Analyzers.Lists.Day.TryParse(dateText, out date))
        {
            Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.InvalidProperty && d.Severity == DiagnosticSeverity.Error);
            date = global::SupplierRestrictions.Analyzers.Lists.Day.FromDateTime(DateTime.UtcNow);
        }

        foreach (var (entry, span) in sample.Planted)
        {
            if (entry.StatusOn(date).State != RestrictionState.InForce)
            {
                continue;
            }

            string id = entry.Kind == EntryKind.Vendor ? DiagnosticIds.RestrictedVendor : DiagnosticIds.RestrictedMaterial;
            if (!result.Diagnostics.Any(d => d.Id == id && d.Location.SourceSpan == span && d.Properties["EntryId"] == entry.Id))
            {
                throw new XunitException($"silent pass: the literal at {span} names {entry} (in force on {c.Date}) and got no {id}:\n{sample.Source}\n{result}");
            }
        }
    }

    internal sealed record ListCase(string List, string? Date, string? WarningDays, string? ScanComments);
}

/// <summary>System.Text.Json as a second opinion on what a list text holds.</summary>
internal static class JsonOracle
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 100_000 };

    /// <summary>Elements of the root's "entries" array (0 when there is none); null when the text is not JSONC.</summary>
    public static int? EntryElements(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(Normalize(text), Options);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("entries", out var entries)
                && entries.ValueKind == JsonValueKind.Array
                ? entries.GetArrayLength()
                : 0;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    public static string Error(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(Normalize(text), Options);
            return "(none)";
        }
        catch (Exception e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Plain JSON for System.Text.Json: comments become spaces the way JavaScript (and so tsconfig) reads them, a
    /// <c>//</c> comment ending at any line terminator (\n, \r, U+2028, U+2029), wherever whitespace may stand
    /// (System.Text.Json itself rejects a comment between a property name and its colon). A lone surrogate becomes
    /// U+FFFD (a file on disk cannot hold one in UTF-8), and U+FEFF (a byte order mark) is whitespace to the list
    /// reader wherever it appears.
    /// </summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool inString = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\' && i + 1 < text.Length)
                {
                    char escaped = text[++i];
                    builder.Append(c).Append(char.IsSurrogate(escaped) ? '\uFFFD' : escaped);
                    continue;
                }

                inString = c != '"';
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] is not ('\n' or '\r' or '\u2028' or '\u2029'))
                {
                    builder.Append(' ');
                    i++;
                }

                i--;
                continue;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*' && text.IndexOf("*/", i + 2, StringComparison.Ordinal) is int end and >= 0)
            {
                builder.Append(' ', end + 2 - i);
                i = end + 1;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c == '\uFEFF' && !inString ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}

/// <summary>A source that names some entries of a parsed list by literal, so a run can check each is reported.</summary>
internal sealed class PlantedSource
{
    private PlantedSource(string source, IReadOnlyList<(RestrictionEntry Entry, Microsoft.CodeAnalysis.Text.TextSpan Span)> planted)
    {
        Source = source;
        Planted = planted;
    }

    public string Source { get; }

    public IReadOnlyList<(RestrictionEntry Entry, Microsoft.CodeAnalysis.Text.TextSpan Span)> Planted { get; }

    /// <summary>
    /// One literal per entry (up to 8, first of each id only: later duplicates are SR0003 and ignored), plus fixed
    /// references to the real list's names and codes. Entries that an exemption names are left out, and so are names
    /// the weighing says never match by name (docs/contract.md §6.3).
    /// </summary>
    public static PlantedSource For(ParsedListFile parsed)
    {
        var exempted = new HashSet<string>(parsed.Exemptions.SelectMany(e => e.EntryIds), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var source = new StringBuilder("namespace Consumer;\n\n// Kratos UAS in a comment\nclass Planted\n{\n    string kratos = \"Kratos UAS\";\n    string dy = \"7429-91-6\";\n    object KratosUasClient;\n");
        var planted = new List<(RestrictionEntry, Microsoft.CodeAnalysis.Text.TextSpan)>();
        foreach (var entry in parsed.Entries)
        {
            // A name weighed as never matching by name ("mb": one common word, no legal form) is not a reference.
            if (!seen.Add(entry.Id) || exempted.Contains(entry.Id) || planted.Count >= 8
                || !SupplierRestrictions.Analyzers.Matching.NameWeighing.Weigh(entry.Name, entry.Match).MatchesByName)
            {
                continue;
            }

            string literal = CSharpLiteral(entry.Name);
            source.Append($"    string s{planted.Count} = ");
            planted.Add((entry, new Microsoft.CodeAnalysis.Text.TextSpan(source.Length, literal.Length)));
            source.Append(literal).Append(";\n");
        }

        source.Append("}\n");
        return new PlantedSource(source.ToString(), planted);
    }

    private static string CSharpLiteral(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            builder.Append(c >= ' ' && c < 127 && c != '"' && c != '\\' ? c.ToString() : $"\\u{(int)c:x4}");
        }

        return builder.Append('"').ToString();
    }
}
