using System.Reflection;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Rules;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests;

/// <summary>Every diagnostic id has its descriptor, its doc page (title, severity), its help link and its release row.</summary>
public sealed class RuleMetadataTests
{
    public static TheoryData<string> Ids() => new(AllIds);

    private static IEnumerable<string> AllIds =>
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void The_analyzer_supports_every_id_exactly_once()
    {
        var supported = new SupplierRestrictionsAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToArray();
        Assert.Equal(AllIds.OrderBy(id => id, StringComparer.Ordinal), supported.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Doc_page_states_the_descriptors_title_category_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        string page = RepoFiles.Read($"docs/rules/{id}.md");
        string[] lines = page.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"| Title | {descriptor.Title} |", lines);
        Assert.Contains($"| Category | {descriptor.Category} |", lines);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", lines);
        Assert.Contains("## How to configure and suppress", lines);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_doc_page(string id)
    {
        Assert.Equal($"{Descriptors.HelpLinkBase}{id}.md", Descriptor(id).HelpLinkUri);
        Assert.StartsWith("https://", Descriptors.HelpLinkBase, StringComparison.Ordinal);
        Assert.EndsWith("/docs/rules/", Descriptors.HelpLinkBase, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_notes_have_a_row_with_category_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var rows = RepoFiles.Read("AnalyzerReleases.Unshipped.md").Split('\n')
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0] == id)
            .ToArray();

        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Project_level_and_end_of_compilation_rules_are_tagged_compilation_end(string id)
    {
        bool reportedAtCompilationEnd = id is DiagnosticIds.NoList or DiagnosticIds.InvalidProperty or DiagnosticIds.ExemptionStale or DiagnosticIds.RestrictedAssembly or DiagnosticIds.RestrictedPackage;
        Assert.Equal(reportedAtCompilationEnd, Descriptor(id).CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.All.Single(d => d.Id == id);
}
